import { expect, test } from '@playwright/test';
import { APP_BASE } from './support/ports';

// The compact view itself, opened directly (as the iframe's document).

test('?embed=1 shows the compact view: no page chrome, a credit naming the article, a link to the full view', async ({ page }) => {
  await page.goto('events/truce-extension/?embed=1&view=2023-11-20..2023-11-30');
  await expect(page.locator('.embed-layout')).toBeVisible();
  await expect(page.locator('.story-header')).toHaveCount(0);
  await expect(page.locator('.site-footer')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
  // The chart's caption names the source article; the credit line does not say it again.
  await expect(page.locator('figure.timeline figcaption')).toContainText('Source: the article “Hamas Seeks Truce Extension Amid US Pressure for Gaza Safe Zones”');
  await expect(page.locator('.embed-credit')).toContainText('Timeline by Sourceline');
  await expect(page.locator('.embed-credit')).not.toContainText('Hamas Seeks Truce Extension');

  const open = page.getByRole('link', { name: 'Open full timeline (opens in a new tab)' });
  await expect(open).toHaveAttribute('target', '_blank');
  // The same state, without the embed.
  expect(await open.getAttribute('href')).toBe(`${APP_BASE}events/truce-extension/?view=2023-11-20..2023-11-30`);
  const [popup] = await Promise.all([page.waitForEvent('popup'), open.click()]);
  await expect(popup.locator('.story-header')).toBeVisible();
  await expect(popup.locator('[data-list-event-id][aria-current="true"]')).toHaveAttribute('data-list-event-id', 'truce-extension');
});

test('links to events inside the embed lead to the full view, for a reader who opens one in a new tab', async ({ page }) => {
  await page.goto('events/truce-extension/?embed=1&theme=dark');
  await expect(page.locator('.embed-layout')).toBeVisible();
  const hrefs = await page.locator('a[href*="events/"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(new URL(href).search).toBe('');
});

test('the embed never steals focus on load', async ({ page }) => {
  await page.goto('events/latest-exchange/?embed=1');
  await expect(page.locator('.embed-credit')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test('theme= forces a colour scheme, and without it the embed follows the reader’s', async ({ browser }) => {
  const dark = await browser.newPage({ colorScheme: 'dark' });
  await dark.goto('./?embed=1');
  await expect(dark.locator('.embed-credit')).toBeVisible();
  const darkBackground = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await dark.goto('./?embed=1&theme=light');
  await expect(dark.locator('html')).toHaveAttribute('data-theme', 'light');
  const forcedLight = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(forcedLight).toBe('rgb(255, 255, 255)');
  expect(darkBackground).not.toBe(forcedLight);

  const light = await browser.newPage({ colorScheme: 'light' });
  await light.goto('./?embed=1&theme=dark');
  expect(await light.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
  await dark.close();
  await light.close();
});

test('the forced scheme and the compact view apply before the app’s script runs', async ({ page }) => {
  // The app's script never arrives: what shows is the page as first painted.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('events/truce-extension/?embed=1&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-embed', '');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
  // The prerendered full page is not shown inside an iframe while the app starts.
  await expect(page.locator('.story-header')).toBeHidden();
});

test('selecting in the embed replaces its history entry instead of adding one', async ({ page }) => {
  await page.goto('./?embed=1');
  const entries = await page.evaluate(() => history.length);
  await page.locator('.embed-layout__list summary').click();
  await page.locator('[data-list-event-id="initial-truce"] .event-card__title button').click();
  await expect(page).toHaveURL(/\/events\/initial-truce\/\?embed=1$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // Copy link, outside any host page, is the app's own event link, in the full view.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${APP_BASE}events/initial-truce/`);
});

test('in the embed the article is folded at any width, and open it is as long as it is, scrolling nothing inside', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('events/truce-extension/?embed=1');
  const panel = page.locator('.article-panel');
  const body = panel.locator('.article-panel__body');
  await expect(body).toBeHidden();
  await panel.getByRole('button', { name: 'Show the article' }).click();
  await expect(body).toBeVisible();
  await expect(body.locator('mark').first()).toBeVisible();
  expect(await body.evaluate((element) => ({ overflow: getComputedStyle(element).overflowY, scrolls: element.scrollHeight > element.clientHeight + 1 }))).toEqual({
    overflow: 'visible',
    scrolls: false,
  });
});

test('an embed whose own chunk cannot be had still shows its chart and the selected event, in its frame', async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.route('**/assets/EmbedStory-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('events/truce-extension/?embed=1');
  await expect(page.locator('.embed-layout [data-zoom-surface] .mark').first()).toBeVisible();
  await expect(page.locator('[data-zoom-surface] [aria-current="true"]')).toHaveAttribute('data-event-id', 'truce-extension');
  await expect(page.locator('.event-detail h3')).toHaveText('The truce is extended for three days');
  await expect(page.getByRole('button', { name: 'Next event' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a mark’s card whose chunk cannot be had leaves the page as it was', async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  const asked: string[] = [];
  await page.route('**/assets/HoverCard-*.js', (route) => {
    asked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await page.goto('./');
  const mark = page.locator('[data-zoom-surface] .mark').first();
  await mark.hover();
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  await expect(page.locator('.timeline__card')).toHaveCount(0);
  await expect(mark).toBeVisible();
  await expect(page.locator('[data-list-event-id]')).toHaveCount(18);
  expect(errors).toEqual([]);
});
