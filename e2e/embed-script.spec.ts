import { expect, test, type Page } from '@playwright/test';
import { HOST_ORIGIN } from './support/ports';
import { expectWheelScrollsPage, heights, selectInEmbed, selectedInEmbed, watchPage } from './support/embedWatch';

// A news page on another origin with two timelines, each pasted as our script snippet (each with
// its own <script async src=".../embed.js">). Deep links go through the news page's hash.
const FIRST = '#first-embed iframe';
const SECOND = '#second-embed iframe';
const PAGE = `${HOST_ORIGIN}/script.html`;

const hash = (page: Page) => page.evaluate(() => location.hash);

/** Where the selected event's detail is, in the host page's viewport. */
async function detailBox(page: Page, iframe: string) {
  const box = await page.frameLocator(iframe).locator('[data-embed-reveal]').boundingBox();
  if (!box) throw new Error('the selected event’s detail is not laid out');
  return box;
}

test('embed.js makes a titled, sandboxed, lazy iframe that sizes itself', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(PAGE);
  const iframe = page.locator(FIRST);
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('title', 'Timeline of the Gaza truce');
  // The second names no title: it takes the story's, from the embed's hello.
  await page.locator(SECOND).scrollIntoViewIfNeeded();
  await expect(page.locator(SECOND)).toHaveAttribute('title', /^Timeline: Hamas Seeks Truce Extension/);
  // Both pasted scripts ran, and each element got one iframe.
  await expect(page.locator('[data-sourceline] iframe')).toHaveCount(2);

  await expect(page.frameLocator(FIRST).locator('.embed-credit')).toBeVisible();
  await expect.poll(async () => {
    const h = await heights(page, FIRST);
    return Math.abs(h.iframe - h.body) <= 1;
  }).toBe(true);
  // The second embed asked for the dark scheme in its URL.
  await expect(page.frameLocator(SECOND).locator('html')).toHaveAttribute('data-theme', 'dark');

  await expectWheelScrollsPage(page, FIRST, page.frameLocator(FIRST).locator('.timeline__plot'));
  watch.expectOnlyOwnOrigins();
  watch.expectNoErrors();
});

test('selecting inside an embed puts the event in the news page’s hash, without a history entry', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(PAGE);
  const first = page.frameLocator(FIRST);
  await expect(first.locator('.embed-credit')).toBeVisible();
  const entries = await page.evaluate(() => history.length);
  expect(await hash(page)).toBe('');

  // A mark in the chart, as a reader would pick one.
  await page.locator(FIRST).scrollIntoViewIfNeeded();
  await first.locator('.timeline button[data-event-id="truce-extension"]').click();
  await expect.poll(() => hash(page)).toBe('#sourceline=truce-extension');
  await expect(first.locator('[data-embed-reveal]')).toContainText('The truce is extended for three days');
  await selectInEmbed(first, 'latest-exchange');
  await expect.poll(() => hash(page)).toBe('#sourceline=latest-exchange');

  // The second embed keeps its own key, and the first's stays.
  const second = page.frameLocator(SECOND);
  await page.locator(SECOND).scrollIntoViewIfNeeded();
  await selectInEmbed(second, 'jerusalem-shooting');
  await expect.poll(() => hash(page)).toBe('#sourceline=latest-exchange&sourceline-2=jerusalem-shooting');
  await expect(selectedInEmbed(first)).toHaveAttribute('data-list-event-id', 'latest-exchange');

  // Neither the news page nor the embeds added entries: Back leaves the article.
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // And the embeds kept nothing: no cookie, nothing stored.
  for (const frame of [first, second]) {
    expect(await frame.locator('body').evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }))).toEqual({ cookie: '', local: 0, session: 0 });
  }
  expect((await page.context().cookies()).length).toBe(0);
  watch.expectNoErrors();
});

test('“Copy link” inside the embed copies the news page’s link to the event', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE}#intro`);
  const first = page.frameLocator(FIRST);
  await selectInEmbed(first, 'initial-truce');
  await first.getByRole('button', { name: 'Copy link' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${PAGE}#intro&sourceline=initial-truce`);

  // The link works: a fresh page opens on that event, scrolled to it.
  const fresh = await context.newPage();
  await fresh.goto(copied);
  await expect(selectedInEmbed(fresh.frameLocator(FIRST))).toHaveAttribute('data-list-event-id', 'initial-truce');
  await fresh.close();
});

test('opening the news page with a deep link selects the event in that embed and scrolls to it', async ({ page }) => {
  const watch = watchPage(page);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${PAGE}#sourceline-2=latest-exchange`);
  const second = page.frameLocator(SECOND);
  await expect(selectedInEmbed(second)).toHaveAttribute('data-list-event-id', 'latest-exchange');
  // Scrolled so the event's detail is at the top of the window, far below the first screen.
  await expect.poll(async () => Math.abs((await detailBox(page, SECOND)).y)).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  // The other embed is untouched.
  await expect(selectedInEmbed(page.frameLocator(FIRST))).toHaveCount(0);

  // A link followed within the page (a hash change) selects and scrolls too.
  await page.evaluate(() => (location.hash = '#sourceline=hamas-willing-to-extend'));
  await expect(selectedInEmbed(page.frameLocator(FIRST))).toHaveAttribute('data-list-event-id', 'hamas-willing-to-extend');
  await expect.poll(async () => Math.abs((await detailBox(page, FIRST)).y)).toBeLessThanOrEqual(1);
  watch.expectOnlyOwnOrigins();
  watch.expectNoErrors();
});

test('messages that are not from the embed are ignored', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.frameLocator(FIRST).locator('.embed-credit')).toBeVisible();
  // A script on the news page (or another frame) forging the embed's messages changes nothing.
  await page.evaluate(() => {
    window.postMessage('pymxPYMxsourceline-embed-1xPYMxsourceline-selectxPYMxinitial-truce', '*');
    window.postMessage('pymxPYMxsourceline-embed-1xPYMxheightxPYMx5', '*');
  });
  await page.waitForTimeout(300);
  expect(await hash(page)).toBe('');
  expect((await heights(page, FIRST)).iframe).toBeGreaterThan(100);
});
