import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeProblems, sidewaysScroll } from './support/a11y';
import { SITE_BASE } from './support/ports';
import { wordsFor } from './support/words';
import { settledView, surface, viewOf } from './support/view';

/**
 * The right-to-left story (issue 17, item 6): the election article in an Arabic translation made as
 * a demonstration. Its pages say they are Arabic and right to left before any script and after the
 * app starts, pass the accessibility checks in both schemes at a desktop's and a phone's width,
 * never scroll sideways on a 320 px phone, list every event under its Arabic title, and a link to
 * an event opens it. Its chart runs right to left, the earliest event on the right, and with it the
 * overview, a drag, the arrow keys and Previous / Next.
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

const t = wordsFor('ar');
const markOf = (page: Page, id: string) => surface(page).locator(`[data-event-id="${id}"]`);
/** A mark's shape: where the event is on the axis. */
const shapeX = async (page: Page, id: string) => {
  const box = (await markOf(page, id).locator('.mark__shape').boundingBox())!;
  return box.x + box.width / 2;
};
test('its chart runs right to left at 1280 and 375 px: the first day on the right, each title on its later side, the lanes named on the right', async ({ browser }) => {
  for (const [width, height] of [
    [1280, 800],
    [375, 812],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    await openStory(page, BASE);
    // Election day (25 February) right of the declaration (1 March), right of the calls for calm (3 March).
    const [first, middle, last] = [await shapeX(page, 'election-day'), await shapeX(page, 'inec-declares-tinubu'), await shapeX(page, 'un-urges-calm')];
    expect(first, `${width} px`).toBeGreaterThan(middle);
    expect(middle, `${width} px`).toBeGreaterThan(last);
    // A title sits after its mark in reading order: left of it, unless the chart's left edge leaves
    // no room (on a phone, half the titles do not fit there and go to the other side).
    const sides = await surface(page)
      .locator('.mark')
      .evaluateAll((marks) =>
        marks.map((mark) => {
          const shape = mark.querySelector('.mark__shape')!.getBoundingClientRect();
          const label = mark.querySelector('.mark__label')!.getBoundingClientRect();
          return label.right <= shape.left + 1 ? 'left' : 'right';
        }),
      );
    if (width === 1280) expect(sides.filter((side) => side === 'left').length, sides.join(' ')).toBeGreaterThan(sides.length / 2);
    // The axis: its earliest label on the right.
    const ticks = await surface(page)
      .locator('.axis__label')
      .evaluateAll((labels) => labels.map((label) => ({ x: label.getBoundingClientRect().x, text: label.textContent })));
    const feb = ticks.filter((tick) => tick.text?.includes('فبراير'));
    const mar = ticks.filter((tick) => tick.text?.includes('مارس'));
    expect(Math.min(...feb.map((tick) => tick.x))).toBeGreaterThan(Math.max(...mar.map((tick) => tick.x)));
    if (width === 1280) {
      const gutter = (await page.locator('.timeline__gutter').boundingBox())!;
      const plot = (await surface(page).boundingBox())!;
      expect(gutter.x).toBeGreaterThanOrEqual(plot.x + plot.width - 1);
    }
    await page.close();
  }
});

test('the arrow pointing right goes to the earlier event, the one pointing left to the later', async ({ page }) => {
  await openStory(page, BASE);
  await markOf(page, 'election-day').focus();
  await page.keyboard.press('Home');
  const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  const startOf = (id: string | null | undefined) => timeline.events.findIndex((event) => event.id === id);
  const first = await focusedId();
  expect(first).toBe('election-day');
  // Two steps later: past the other event of election day, to 1 March, drawn to the left.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const later = await focusedId();
  expect(startOf(later)).toBeGreaterThan(startOf(first));
  expect(await shapeX(page, later!)).toBeLessThan((await shapeX(page, first!)) - 10);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await focusedId()).toBe(first);
  // Right from the first event stays there: nothing is earlier.
  await page.keyboard.press('ArrowRight');
  expect(await focusedId()).toBe(first);
});

/** Zooms in twice with the button, and waits until the view is a quarter of what it was. */
async function zoomInTwice(page: Page) {
  const first = await settledView(page);
  await page.getByRole('button', { name: t.zoomIn }).click();
  await page.getByRole('button', { name: t.zoomIn }).click();
  await expect.poll(async () => (await viewOf(page)).span).toBeLessThan((first.span / 4) * 1.01);
  return settledView(page);
}

test('a drag moves time with the hand: pulling the chart right brings later days in from the left', async ({ page }) => {
  await openStory(page, BASE);
  const before = await zoomInTwice(page);
  await page.mouse.move(5, 5);
  await expect(surface(page)).toHaveAttribute('data-gestures', 'ready');
  await surface(page).evaluate((node) => node.scrollIntoView({ block: 'center' }));
  const box = (await surface(page).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height - 8];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 150, y, { steps: 10 });
  await page.mouse.up();
  const after = await settledView(page);
  expect(after.start).toBeGreaterThan(before.start);
  expect(after.end - after.start).toBeCloseTo(before.end - before.start, -5);
  // A double-click zooms in about the instant under the pointer: it stays where it was.
  await page.mouse.dblclick(x, y);
  const zoomed = await settledView(page);
  const at = (view: { start: number; end: number }) => view.end - ((x - box.x) / box.width) * (view.end - view.start);
  expect(Math.abs(at(zoomed) - at(after))).toBeLessThan((after.end - after.start) / 50);
});

test('the overview runs right to left too: its arrow pointing left moves the view later', async ({ page }) => {
  await openStory(page, BASE);
  await zoomInTwice(page);
  const slider = page.getByRole('slider', { name: t.overview });
  const before = Number(await slider.getAttribute('aria-valuenow'));
  const windowBox = (await slider.boundingBox())!;
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Number(await slider.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
  // The window over the view moved left, toward the later days.
  await settledView(page);
  expect((await slider.boundingBox())!.x).toBeLessThan(windowBox.x);
});

test('Previous / Next: Previous on the right with its arrow pointing right, where the earlier events are', async ({ page }) => {
  // The first event of 3 March: the one before it is of 1 March.
  const from = 'opposition-alleges-fraud';
  await openStory(page, `${BASE}events/${from}/`);
  const previous = page.getByRole('button', { name: `${t.previous}${t.stepEvent}` });
  const next = page.getByRole('button', { name: `${t.next}${t.stepEvent}` });
  expect((await previous.boundingBox())!.x).toBeGreaterThan((await next.boundingBox())!.x);
  await expect(previous).toContainText('→');
  await expect(next).toContainText('←');
  await previous.click();
  // The click may be held until the regions' code comes: wait for the selection to move.
  await expect(page).not.toHaveURL(new RegExp(`/events/${from}/$`));
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\/$/);
  const selected = await page.locator('[data-zoom-surface] [aria-current="true"]').getAttribute('data-event-id');
  // The event before it in time, drawn to its right.
  expect(selected).not.toBe(from);
  expect(await shapeX(page, selected!)).toBeGreaterThan(await shapeX(page, from));
});
