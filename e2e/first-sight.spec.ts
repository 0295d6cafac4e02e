import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { syntheticTimeline } from '../scripts/bench/synthetic.ts';
import { seenMarks, settled, titledIds } from './support/titled';
import { serveWithoutInlineData } from './support/withoutInlineData';

/**
 * The story at first sight, counted as a reader sees it: how many events are drawn as their own
 * titled mark when the page opens, on each event's own page, in the embed, and step by step.
 */

interface RawEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
}
const timeline = JSON.parse(readFileSync(new URL('../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as { story: { title: string }; events: RawEvent[] };
const titles = new Map(timeline.events.map((event) => [event.id, event.title]));
/** The list's order, which Previous / Next follows: start, end, id. */
const inTimeOrder = [...timeline.events].sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id)).map((e) => e.id);
/** The events of the story's busiest day. */
const busiestDay = (() => {
  const byDay = new Map<string, string[]>();
  for (const event of timeline.events) byDay.set(event.start.slice(0, 10), [...(byDay.get(event.start.slice(0, 10)) ?? []), event.id]);
  return [...byDay.values()].sort((a, b) => b.length - a.length)[0]!;
})();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
  { width: 320, height: 700 },
] as const;

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-zoom-surface] .mark').first()).toBeVisible();
  // Once hydrated, the chart is laid out for the reader's own width.
  await expect(page.locator('.timeline--unmeasured')).toHaveCount(0);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`first view at ${size.width} px, ${colorScheme}: every event of the story is its own titled mark, no counts`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: size, colorScheme });
      const page = await context.newPage();
      await open(page, './');
      const seen = await seenMarks(page, titles);
      const titled = titledIds(seen);
      console.log(`first view, full page, ${size.width} × ${size.height}, ${colorScheme}: ${titled.length} of ${timeline.events.length} events titled, ${seen.counts} counts`);
      expect(seen.counts).toBe(0);
      // The goal: all 18 at desktop width; on a phone, at least the busiest day's events.
      for (const id of busiestDay) expect(titled, id).toContain(id);
      if (size.width >= 1280) expect(titled.sort()).toEqual([...titles.keys()].sort());
      // Measured: every event, at every width.
      expect(titled).toHaveLength(timeline.events.length);
      await context.close();
    });
  }
}

test('the embed at 640 px, dark: every event titled', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
  const page = await context.newPage();
  await open(page, './?embed=1&theme=dark');
  const seen = await seenMarks(page, titles);
  console.log(`first view, embed, 640 px, dark: ${titledIds(seen).length} of ${timeline.events.length} events titled, ${seen.counts} counts`);
  expect(seen.counts).toBe(0);
  expect(titledIds(seen)).toHaveLength(timeline.events.length);
  await context.close();
});

test('the header says the headline once', async ({ page }) => {
  await open(page, './');
  const banner = page.getByRole('banner');
  await expect(banner.getByText(timeline.story.title, { exact: true })).toHaveCount(1);
});

for (const size of [SIZES[0], SIZES[1]]) {
  test(`every event's own page at ${size.width} px shows that event titled, selected and in view`, async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    let shown = 0;
    for (const id of inTimeOrder) {
      await open(page, `./events/${id}/`);
      await settled(page);
      const seen = await seenMarks(page, titles);
      const mark = seen.marks.find((m) => m.id === id);
      expect(mark, id).toBeDefined();
      expect(mark!.selected, `${id} selected`).toBe(true);
      expect(mark!.titled && mark!.whole, `${id}: "${mark!.text}" titled and in view`).toBe(true);
      shown += 1;
    }
    console.log(`event pages at ${size.width} px: ${shown} of ${inTimeOrder.length} show their event titled, selected and in view`);
    // The same through the query, in the embed.
    await open(page, `./?event=${inTimeOrder[3]}&embed=1`);
    await settled(page);
    const seen = await seenMarks(page, titles);
    expect(seen.marks.find((m) => m.id === inTimeOrder[3])?.selected).toBe(true);
    expect(titledIds(seen)).toContain(inTimeOrder[3]);
    await context.close();
  });
}

/** Checks that `id` is selected: in the URL, in the detail, and as a titled mark in view. */
async function expectStepAt(page: Page, id: string, position: number) {
  await expect(page).toHaveURL(new RegExp(`events/${id}/`));
  await expect(page.locator('.event-detail h3').first()).toHaveText(titles.get(id)!);
  await expect(page.locator('.stepper__where')).toHaveText(`Event ${position} of ${inTimeOrder.length}`);
  await settled(page);
  const seen = await seenMarks(page, titles);
  const mark = seen.marks.find((m) => m.id === id);
  expect(mark?.selected && mark.titled && mark.whole, `${id} titled, selected and in view`).toBe(true);
}

test('Previous / Next walks every event in time order by pointer', async ({ page }) => {
  test.slow();
  await open(page, './');
  await page.getByRole('button', { name: 'First event' }).click();
  await expectStepAt(page, inTimeOrder[0]!, 1);
  for (let i = 1; i < inTimeOrder.length; i += 1) {
    await page.getByRole('button', { name: 'Next event' }).click();
    await expectStepAt(page, inTimeOrder[i]!, i + 1);
  }
  await expect(page.getByRole('button', { name: 'Next event' })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expectStepAt(page, inTimeOrder[inTimeOrder.length - 2]!, inTimeOrder.length - 1);
});

test('Previous / Next walks every event in time order by keyboard, on a phone', async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true });
  const page = await context.newPage();
  await open(page, './');
  const first = page.getByRole('button', { name: 'First event' });
  // Reached with Tab from the chart's controls, as a keyboard reader would.
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  for (let presses = 0; presses < 40 && !(await first.evaluate((node) => node === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStepAt(page, inTimeOrder[0]!, 1);
  const next = page.getByRole('button', { name: 'Next event' });
  await expect(next).toBeVisible();
  for (let i = 1; i < inTimeOrder.length; i += 1) {
    await next.focus();
    await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
    await expectStepAt(page, inTimeOrder[i]!, i + 1);
  }
  await context.close();
});

test('selecting an event in the list brings it into view titled', async ({ page }) => {
  await open(page, './?view=2023-10-07..2023-10-10');
  const id = 'truce-extension';
  await page.locator(`[data-list-event-id="${id}"] .event-card__title button`).click();
  await settled(page);
  const seen = await seenMarks(page, titles);
  expect(titledIds(seen)).toContain(id);
});

test('a synthetic year of 60 events opens legibly: every mark in view titled, no counts', async ({ browser }) => {
  const story = syntheticTimeline({ events: 60, seed: 3 });
  const syntheticTitles = new Map(story.events.map((event) => [event.id, event.title]));
  for (const size of [SIZES[0], SIZES[1]]) {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    await serveWithoutInlineData(page);
    await page.route('**/data/timeline.json', (route) => route.fulfill({ json: story }));
    await open(page, './');
    const seen = await seenMarks(page, syntheticTitles);
    expect(seen.counts).toBe(0);
    const titled = titledIds(seen);
    // Every mark drawn is titled and whole, bar at most one whose label the view's end clips.
    expect(titled.length).toBeGreaterThanOrEqual(seen.marks.length - 1);
    expect(titled.length).toBeGreaterThanOrEqual(size.width > 600 ? 20 : 10);
    await context.close();
  }
});
