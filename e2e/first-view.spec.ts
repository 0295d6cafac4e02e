import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serveWithoutInlineData } from './support/withoutInlineData';

interface RawTimeline {
  story: { title: string; headlines: string[] };
  events: { id: string; title: string; start: string; dateBasis: string; figures: { value: number }[]; quotes: { text: string }[] }[];
}

const timeline = JSON.parse(readFileSync(new URL('../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as RawTimeline;

test('the first view lists every event in date order with its dates, figures and quotes', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(timeline.story.title);
  const items = page.locator('[data-list-event-id]');
  await expect(items).toHaveCount(timeline.events.length);

  const shownIds = await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-list-event-id')));
  const byDate = [...timeline.events].sort((a, b) => a.start.localeCompare(b.start));
  expect(shownIds.map((id) => timeline.events.find((e) => e.id === id)?.start)).toEqual(byDate.map((e) => e.start));

  for (const event of timeline.events) {
    const item = page.locator(`[data-list-event-id="${event.id}"]`);
    await expect(item.getByRole('heading', { name: event.title })).toBeVisible();
    for (const quote of event.quotes) await expect(item.locator('blockquote', { hasText: quote.text })).toHaveCount(1);
    const figuresText = (await item.locator('.figure-line').allTextContents()).join(' | ');
    for (const figure of event.figures) expect(figuresText).toContain(String(figure.value));
    if (event.dateBasis === 'inferred') await expect(item.getByText('inferred', { exact: true })).toBeVisible();
  }
});

test('the headlines and the inferred article date are shown', async ({ page }) => {
  await page.goto('./');
  // In the page's header; the article panel prints the headlines again, as the article does.
  await expect(page.getByRole('banner').getByText(timeline.story.headlines[2] ?? '')).toBeVisible();
  await expect(page.getByText(/Article date: 30 November 2023/)).toBeVisible();
});

test('an inferred badge explains itself on focus', async ({ page }) => {
  await page.goto('./');
  const item = page.locator('[data-list-event-id="initial-truce"]');
  const badge = item.getByText('inferred', { exact: true });
  await badge.focus();
  await expect(item.getByRole('tooltip')).toBeVisible();
  await expect(item.getByRole('tooltip')).toContainText('The start, 24 November, is stated.');
});

test('text from the data is rendered as text, never as markup', async ({ page }) => {
  const hostile = structuredClone(JSON.parse(readFileSync(new URL('../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8'))) as RawTimeline;
  hostile.events[0]!.title = '<img src=x onerror="window.__pwned=1">Hostile title';
  await serveWithoutInlineData(page);
  await page.route('**/data/timeline.json', (route) => route.fulfill({ json: hostile }));
  await page.goto('./');
  await expect(page.getByText('<img src=x onerror="window.__pwned=1">Hostile title')).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

for (const width of [1280, 320]) {
  test(`at ${width} px, nothing below the chart moves as the reader scrolls down to it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
    // The page's length and where the list and the footer begin, once the app has started, and
    // again after every part of the page has been on screen: a region laid out only as it comes
    // near (its place an estimate until then) would change them under the reader's eyes.
    const layout = () =>
      page.evaluate(() => {
        const top = (selector: string) => Math.round(document.querySelector(selector)!.getBoundingClientRect().top + scrollY);
        return { height: document.documentElement.scrollHeight, list: top('#events'), footer: top('footer') };
      });
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await frames();
    const before = await layout();
    for (let y = 0; y < before.height; y += 600) {
      await page.evaluate((to) => scrollTo(0, to), y);
      await frames();
    }
    expect(await layout()).toEqual(before);
  });
}
