import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeProblems, sidewaysScroll } from './support/a11y';
import { SITE_BASE } from './support/ports';

/**
 * The right-to-left story (issue 17, item 6): the election article in an Arabic translation made as
 * a demonstration. Its pages say they are Arabic and right to left before any script and after the
 * app starts, pass the accessibility checks in both schemes at a desktop's and a phone's width,
 * never scroll sideways on a 320 px phone, list every event under its Arabic title, and a link to
 * an event opens it. The interface's own words are still English, and the chart still runs left to
 * right: these tests hold what the story itself brings.
 */

interface RawTimeline {
  story: { title: string; lang?: string };
  events: { id: string; title: string }[];
}
const SLUG = 'nigeria-election-2023-ar';
const BASE = `${SITE_BASE}${SLUG}/`;
const timeline = JSON.parse(readFileSync(new URL(`../public/${SLUG}/data/timeline.json`, import.meta.url), 'utf8')) as RawTimeline;
const ARABIC = /\p{Script=Arabic}/u;
/** The event a link opens: the declaration, whose words open the article. */
const EVENT = timeline.events.find((e) => e.id === 'inec-declares-tinubu')!;

async function openStory(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-zoom-surface] .mark').first()).toBeVisible();
  await expect(page.locator('.timeline--unmeasured')).toHaveCount(0);
}

test('the story is Arabic in its data, its title and every event’s title', () => {
  expect(timeline.story.lang).toBe('ar');
  expect(timeline.story.title).toMatch(/^ترجمة تجريبية: /);
  for (const event of timeline.events) expect(event.title, event.id).toMatch(ARABIC);
});

test('its main page, an event page and the embed say lang="ar" dir="rtl", in the HTML before any script and once the app runs', async ({ page, request }) => {
  for (const path of [BASE, `${BASE}events/${EVENT.id}/`, `${BASE}?embed=1`]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/^<!doctype html>\s*<html lang="ar" dir="rtl">/i);
    await openStory(page, path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html'), path).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1'), path).toContainText(timeline.story.title);
  }
});

for (const width of [1280, 375]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility problem at ${width} px, ${colorScheme}, on its main page and an event page`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      const page = await context.newPage();
      for (const path of [BASE, `${BASE}events/${EVENT.id}/`]) {
        await openStory(page, path);
        expect(await axeProblems(page), path).toEqual([]);
      }
      await context.close();
    });
  }
}

test('never scrolls sideways on a 320 px phone, light or dark', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, colorScheme });
    const page = await context.newPage();
    for (const path of [BASE, `${BASE}events/${EVENT.id}/`]) {
      await openStory(page, path);
      expect(await sidewaysScroll(page), `${path} ${colorScheme}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});

test('lists every event under its Arabic title', async ({ page }) => {
  await openStory(page, BASE);
  const titles = page.locator('#events .event-card__title');
  await expect(titles).toHaveCount(timeline.events.length);
  const shown = await titles.allTextContents();
  expect(shown.sort()).toEqual(timeline.events.map((e) => e.title).sort());
  for (const title of shown) expect(title).toMatch(ARABIC);
  for (const { title } of timeline.events) await expect(page.locator('#events').getByRole('button', { name: title, exact: true })).toBeVisible();
});

test('a link to an event in the article opens that event', async ({ page }) => {
  await openStory(page, BASE);
  const link = page.locator(`a.quote-mark__link[href="events/${EVENT.id}/"]`).first();
  await expect(link).toHaveAttribute('title', EVENT.title);
  await link.click();
  await expect(page).toHaveURL(`${BASE}events/${EVENT.id}/`);
  await expect(page.locator('.event-detail h3')).toHaveText(EVENT.title);
  await expect(page.locator(`[data-zoom-surface] [data-event-id="${EVENT.id}"]`)).toHaveAttribute('aria-current', 'true');
});
