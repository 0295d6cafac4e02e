import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HOST_ORIGIN, SITE_BASE, TRUCE_PATH } from './support/ports';

/**
 * The truce story was published alone at the site's root before the election story joined it. Its
 * old addresses, shared and embedded in news pages, still work on a static host with no
 * rewrites: each sends the reader on to the same state in the story's folder, query and hash kept;
 * its cards and data are still where previews and tools found them.
 */

const STORY = `${SITE_BASE}${TRUCE_PATH}`;
const timeline = JSON.parse(readFileSync(new URL('../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as { story: { title: string }; events: { id: string; title: string }[] };
const selected = (page: import('@playwright/test').Page) => page.locator('.event-detail h3');

test('an old event page opens the event in the story’s folder', async ({ page }) => {
  await page.goto(`${SITE_BASE}events/truce-extension/`);
  await expect(page).toHaveURL(`${STORY}events/truce-extension/`);
  await expect(selected(page)).toHaveText(timeline.events.find((e) => e.id === 'truce-extension')!.title);
});

test('an old embed of an event page stays an embed, in its scheme, with the news page’s hash', async ({ page }) => {
  await page.goto(`${SITE_BASE}events/latest-exchange/?embed=1&theme=dark#intro`);
  await expect(page).toHaveURL(`${STORY}events/latest-exchange/?embed=1&theme=dark#intro`);
  await expect(page.locator('.embed-layout')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('old links to the root with a state of the story reach it; the bare root is the index', async ({ page }) => {
  await page.goto(`${SITE_BASE}?event=initial-truce&view=2023-11-20..2023-11-30`);
  await expect(page).toHaveURL(`${STORY}?event=initial-truce&view=2023-11-20..2023-11-30`);
  await expect(selected(page)).toHaveText(timeline.events.find((e) => e.id === 'initial-truce')!.title);
  await page.goto(`${SITE_BASE}?embed=1`);
  await expect(page).toHaveURL(`${STORY}?embed=1`);
  await expect(page.locator('.embed-layout')).toBeVisible();
  await page.goto(`${SITE_BASE}?theme=dark`);
  await expect(page).toHaveURL(`${SITE_BASE}?theme=dark`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timelines');
});

test('an old embed in a news page, made with embed.js when the story was at the root, still shows the story', async ({ page }) => {
  // The gallery page's path is relative to the story; `../` is the site's root, as old snippets named it.
  await page.goto(`${HOST_ORIGIN}/gallery.html?path=${encodeURIComponent('../')}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.embed-layout [data-zoom-surface] .mark').first()).toBeVisible();
  await expect(frame.locator('.embed-layout h1')).toHaveText(`Timeline: ${timeline.story.title}`);
});

test('a missing old event page reaches the story, which says the event is not in it', async ({ page }) => {
  await page.goto(`${SITE_BASE}events/removed-event/`);
  // 404.html → the root with ?event= → the story, which then drops what it could not show from its URL.
  await expect(page).toHaveURL(STORY);
  await expect(page.getByRole('status').filter({ hasText: 'not in this timeline' })).toContainText('“removed-event”');
});

test('without JavaScript, an old event page still sends the reader on, and says where', async ({ browser, request }) => {
  const html = await (await request.get(`${SITE_BASE}events/initial-truce/`)).text();
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=../../gaza-truce/events/initial-truce/" />');
  expect(html).toContain(`<link rel="canonical" href="`);
  expect(html).toContain('<meta name="robots" content="noindex" />');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SITE_BASE}events/initial-truce/`);
  await expect(page).toHaveURL(`${STORY}events/initial-truce/`);
  await context.close();
});

test('the old cards and data are where previews and tools found them', async ({ request }) => {
  const card = await request.get(`${SITE_BASE}cards/latest-exchange.png`);
  expect(card.headers()['content-type']).toBe('image/png');
  expect(await card.body()).toEqual(await (await request.get(`${STORY}cards/latest-exchange.png`)).body());
  expect((await request.get(`${SITE_BASE}cards/story.png`)).status()).toBe(200);
  const data: unknown = await (await request.get(`${SITE_BASE}data/timeline.json`)).json();
  expect(data).toEqual(await (await request.get(`${STORY}data/timeline.json`)).json());
  // The old embed.js, and the one every story's snippet names, is the site's.
  expect((await request.get(`${SITE_BASE}embed.js`)).status()).toBe(200);
});
