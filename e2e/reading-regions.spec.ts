import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { rootRemovals, watchRoot } from './support/rootRemovals';
import { watchConsole } from './support/consoleWatch';

/**
 * The regions below the chart (Previous / Next, the selected event, the figures, the article, the
 * list, the source's credit) are prerendered whole; their code comes in a chunk of its own when
 * the reader comes to them. What a reader sees and can do meanwhile, and once it has come.
 */

const timeline = JSON.parse(readFileSync(new URL('../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as { events: { id: string; title: string }[] };
const titleOf = (id: string) => timeline.events.find((event) => event.id === id)!.title;
const BASE = '/news/sourceline/gaza-truce/';
const READING_CHUNK = /\/assets\/ReadingPanel-[\w-]+\.js$/;

/** The requests for the regions' code. */
function watchChunk(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (READING_CHUNK.test(new URL(request.url()).pathname)) seen.push(request.url());
  });
  return seen;
}

/** Opens the story's first view with the regions' code held back until the returned function is called. */
async function openWithChunkHeld(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(READING_CHUNK, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('./');
  await page.waitForLoadState('load');
  return release;
}

/** Marks the page, so a test can tell a page that acted in place from one that loaded anew. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
const samePage = (page: Page) => page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage === true);

test('the first view downloads no code for what is below the chart, yet every word of it is in the page; scrolling down brings the code', async ({ page }) => {
  const fetched = watchChunk(page);
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  // A second at rest, as a reader who has not moved yet.
  await page.waitForTimeout(1000);
  expect(fetched).toEqual([]);
  // The list, the figures, the article and the detail are there to read and to find in the page.
  await expect(page.locator('[data-list-event-id]')).toHaveCount(timeline.events.length);
  await expect(page.getByRole('heading', { name: 'Every event, in date order' })).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Figures in the article' })).toBeAttached();
  await expect(page.getByRole('heading', { name: 'The article', exact: true })).toBeAttached();
  await expect(page.getByRole('navigation', { name: 'Events one by one' })).toBeAttached();

  await page.getByRole('heading', { name: 'Every event, in date order' }).scrollIntoViewIfNeeded();
  await expect.poll(() => fetched.length).toBe(1);
});

test('selecting an event in the chart brings the code, and the detail below shows the event', async ({ page }) => {
  const fetched = watchChunk(page);
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await markPage(page);
  await page.locator('[data-event-id="truce-extension"]').first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}events/truce-extension/$`));
  await expect.poll(() => fetched.length).toBe(1);
  await expect(page.locator('.event-detail').getByRole('heading', { name: titleOf('truce-extension') })).toBeAttached();
  await expect(page.locator('[data-list-event-id][aria-current="true"]')).toHaveAttribute('data-list-event-id', 'truce-extension');
  expect(await samePage(page)).toBe(true);
});

test('a click in a region whose code has not come yet is kept, and acts in place once it has', async ({ page }) => {
  const release = await openWithChunkHeld(page);
  await markPage(page);
  const entry = page.locator('[data-list-event-id="jerusalem-shooting"]').getByRole('button', { name: titleOf('jerusalem-shooting') });
  await entry.click();
  // Held: nothing has happened yet, and the page has not gone anywhere.
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(new RegExp(`${BASE}$`));
  release();
  await expect(page).toHaveURL(new RegExp(`${BASE}events/jerusalem-shooting/$`));
  await expect(page.locator('[data-list-event-id][aria-current="true"]')).toHaveAttribute('data-list-event-id', 'jerusalem-shooting');
  expect(await samePage(page)).toBe(true);
});

test('Previous / Next answers the keyboard before its code has come: the key is kept, then acts', async ({ page }) => {
  const release = await openWithChunkHeld(page);
  const first = page.getByRole('navigation', { name: 'Events one by one' }).getByRole('button', { name: /^First/ });
  await first.focus();
  await page.keyboard.press('Enter');
  release();
  await expect(page).toHaveURL(/\/events\/[\w-]+\/$/);
  await expect(page.locator('[data-list-event-id][aria-current="true"]')).toHaveCount(1);
});

test('should the code not come, the regions stay as prerendered, readable, and their links still lead to each event', async ({ page }) => {
  const messages = watchConsole(page, ['error']);
  await page.route(READING_CHUNK, (route) => route.abort());
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  const list = page.getByRole('heading', { name: 'Every event, in date order' });
  await list.scrollIntoViewIfNeeded();
  await expect.poll(() => messages.some((text) => text.includes('could not be loaded'))).toBe(true);
  // Nothing was taken away: every entry is still there.
  await expect(page.locator('[data-list-event-id]')).toHaveCount(timeline.events.length);
  await expect(list).toBeVisible();
  // A title in the article is a link to its event's page: followed as a plain link, it loads that page.
  const quoteLink = page.locator('.article-panel a[href*="events/initial-truce/"]').first();
  await quoteLink.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}events/initial-truce/$`));
  await expect(page.locator('.event-detail').getByRole('heading', { name: titleOf('initial-truce') })).toBeAttached();
});

test('regions brought to life later keep every node the server rendered, and say nothing in the console', async ({ page }) => {
  await watchRoot(page);
  const messages = watchConsole(page);
  for (const path of ['./', 'events/latest-exchange/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('End');
    await expect(page.locator('.site-footer')).toBeVisible();
    // Live now: the list selects in place.
    await page.locator('[data-list-event-id="hamas-calls-escalation"]').getByRole('button', { name: titleOf('hamas-calls-escalation') }).click();
    await expect(page.locator('[data-list-event-id][aria-current="true"]')).toHaveAttribute('data-list-event-id', 'hamas-calls-escalation');
    expect(await rootRemovals(page)).toBe(0);
  }
  expect(messages).toEqual([]);
});
