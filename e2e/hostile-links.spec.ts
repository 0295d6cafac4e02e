import { expect, test, type Page } from '@playwright/test';
import { APP_BASE, HOST_ORIGIN } from './support/ports';

/**
 * Links made to break the site: a missing page whose path names another host, malformed
 * percent-encoding, views outside the story, parameters too long or written to reverse the
 * page's own sentences. Each must leave the reader on this site with a clear message.
 */

const APP_ORIGIN = new URL(APP_BASE).origin;

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('404.html never sends the reader to another origin', async ({ page }) => {
  const errors = pageErrors(page);
  // Served at the host's root, a path that begins with the other host: `//127.0.0.1:<host port>/events/x/`.
  const hostile = `${APP_ORIGIN}//${new URL(HOST_ORIGIN).host}/events/x/`;
  await page.goto(hostile);
  await page.waitForLoadState('load');
  await expect.poll(() => new URL(page.url()).origin).toBe(APP_ORIGIN);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(APP_ORIGIN);
  expect(errors).toEqual([]);
});

test('a missing event page with malformed percent-encoding reaches the timeline, which says so', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('events/%E0%A4%A/');
  const status = page.getByRole('status').filter({ hasText: 'not an event of this timeline' });
  await expect(status).toContainText('%E0%A4%A');
  await expect(page.locator('[data-list-event-id]').first()).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(new URL(APP_BASE).pathname);
  expect(errors).toEqual([]);
});

test('a view outside the story is fitted to it, the notice says so, and the URL names what is shown', async ({ page }) => {
  await page.goto('./?view=1990-01-01..1990-01-05&theme=light');
  const status = page.getByRole('status').filter({ hasText: 'reaches beyond what the timeline shows' });
  await expect(status).toContainText('“1990-01-01..1990-01-05”');
  await expect(status).toContainText('so it shows the nearest it can show');
  // The URL now names the window on screen, and keeps the other parameters.
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBe('1990-01-01..1990-01-05');
  const url = new URL(page.url());
  expect(url.searchParams.get('theme')).toBe('light');
  const [start = '', end = ''] = (url.searchParams.get('view') ?? '').split('..');
  const plot = page.locator('[data-view-start]');
  const shown = { start: Date.parse((await plot.getAttribute('data-view-start')) ?? ''), end: Date.parse((await plot.getAttribute('data-view-end')) ?? '') };
  // Written to the minute, outwards.
  expect(Math.abs(Date.parse(start.length === 10 ? `${start}T00:00Z` : start) - shown.start)).toBeLessThan(60_000);
  expect(Math.abs(Date.parse(end.length === 10 ? `${end}T00:00Z` : end) - shown.end)).toBeLessThan(60_000);
  expect(shown.end - shown.start).toBe(4 * 86_400_000);
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  await expect(status).toContainText(`so it shows the nearest it can show, ${day.format(shown.start)}`);

  // Reloading the rewritten link shows the same window, with nothing to say.
  await page.reload();
  await expect(page.locator('[data-view-start]')).toHaveAttribute('data-view-start', new Date(shown.start).toISOString());
  await expect(page.getByText('reaches beyond what the timeline shows')).toHaveCount(0);
});

test('a view wider than the story shows the whole story, and leaves the URL', async ({ page }) => {
  await page.goto('./?view=1990-01-01..2090-01-01');
  await expect(page.getByRole('status').filter({ hasText: 'reaches beyond' })).toContainText('so it shows the whole story.');
  await expect.poll(() => new URL(page.url()).searchParams.has('view')).toBe(false);
});

test('a parameter 12,000 characters long, with a direction override, is quoted short and cannot reverse the notice', async ({ page }) => {
  await page.goto(`./?theme=%E2%80%AE${'x'.repeat(12_000)}`);
  const item = page.getByRole('status').getByRole('listitem').filter({ hasText: 'This link’s theme' });
  await expect(item).toBeVisible();
  const text = (await item.textContent()) ?? '';
  expect(text.length).toBeLessThan(250);
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(text.startsWith('This link’s theme, “')).toBe(true);
  expect(text.endsWith('it was ignored.')).toBe(true);
  await expect(item.locator('bdi')).toHaveText(`${'x'.repeat(79)}…`);
  // And the page does not scroll sideways at a phone's width, once the chart has been drawn for it
  // (measured at once, it was still the desktop's chart in about one run in five).
  await page.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('a link whose parameters are a script address, markup and a window backwards opens the story, quoting each as text', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('./?event=javascript:alert(1)&view=2023-11-30..2023-11-01&embed=%3Csvg%20onload%3D%22window.__pwned%3D1%22%3E');
  const status = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(status).toContainText('“javascript:alert(1)”');
  await expect(status).toContainText('“2023-11-30..2023-11-01”');
  await expect(status).toContainText('“<svg onload="window.__pwned=1">”');
  // Never a blank page: the whole story is there, in the full view (the embed flag was not read).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-list-event-id]').first()).toBeVisible();
  expect(await page.locator('html').getAttribute('data-embed')).toBeNull();
  expect(await page.locator('svg[onload]').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});
