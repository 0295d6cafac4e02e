import { expect, test } from '@playwright/test';
import { HOST_ORIGIN, SITE_BASE } from './support/ports';
import { selectInEmbed, selectedInEmbed, watchPage } from './support/embedWatch';

/**
 * embed.js on news pages that do what editors and readers really do: a link to an event of an
 * embed the page has not loaded yet, snippets pasted with a wrong address, and a page whose own
 * URL happens to hold pym.js's delimiter.
 */

test('a deep link followed before a lazy embed has loaded selects the event once it loads', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(`${HOST_ORIGIN}/far.html`);
  const iframe = page.locator('#far-embed iframe');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  // Nothing of the app has been asked for yet: the embed is far below the first screen.
  expect(watch.requests.filter((url) => url.startsWith(SITE_BASE) && !url.endsWith('embed.js'))).toEqual([]);

  await page.locator('#deep-link').click();
  const frame = page.frameLocator('#far-embed iframe');
  await expect(selectedInEmbed(frame)).toHaveAttribute('data-list-event-id', 'initial-truce');
  await expect(frame.locator('[data-embed-reveal]')).toBeInViewport();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sourceline=initial-truce');
  watch.expectNoErrors();
});

test('an empty, relative or same-origin address embeds nothing, and says so on the page and in the console', async ({ page }) => {
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') console.push(message.text());
  });
  await page.goto(`${HOST_ORIGIN}/self.html`);
  // The one good snippet on the page still works.
  await expect(page.locator('#good iframe')).toHaveCount(1);
  await expect(page.frameLocator('#good iframe').locator('.embed-credit')).toBeVisible();
  // The others: no iframe of this page inside itself, a notice in their place.
  for (const [id, why] of [
    ['empty', 'is empty'],
    ['relative', 'names this page’s own site'],
    ['same-origin', 'names this page’s own site'],
    ['script-url', 'is not a web address'],
  ] as const) {
    const notice = page.locator(`#${id}`).getByRole('note');
    await expect(notice, id).toBeVisible();
    await expect(notice, id).toContainText(`no timeline embedded, because data-sourceline=`);
    await expect(notice, id).toContainText(why);
  }
  await expect(page.locator('iframe')).toHaveCount(1);
  expect(page.frames()).toHaveLength(2);
  expect(console.filter((text) => text.startsWith('Sourceline: no timeline embedded'))).toHaveLength(4);
});

test('a snippet naming a site other than embed.js’s own is left as it is: no frame of that site, no request to it', async ({ page }) => {
  // Markup a page lets through (a reader's comment keeping its data- attributes) must not make our
  // script frame a site of the writer's choosing, sandboxed as our own timeline is.
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname === 'localhost') elsewhere.push(request.url());
  });
  await page.goto(`${HOST_ORIGIN}/self.html`);
  await expect(page.frameLocator('#good iframe').locator('.embed-credit')).toBeVisible();
  const element = page.locator('#elsewhere [data-sourceline]');
  await expect(element).toHaveAttribute('data-sourceline', /^http:\/\/localhost:\d+\/far\.html\?embed=1$/);
  await expect(element).not.toHaveAttribute('data-sourceline-ready', '');
  await expect(page.locator('#elsewhere iframe')).toHaveCount(0);
  await expect(page.locator('#elsewhere').getByRole('note')).toHaveCount(0);
  expect(elsewhere).toEqual([]);
  // It took no embed's number either: the good snippet is the fifth (after four refused).
  await expect(page.locator('#good iframe')).toHaveAttribute('src', /childId=sourceline-embed-5/);
});

test('a news page whose URL holds pym’s delimiter still hears from its embed', async ({ page }) => {
  const watch = watchPage(page);
  const address = `${HOST_ORIGIN}/script.html?q=xPYMx`;
  await page.goto(address);
  const first = page.frameLocator('#first-embed iframe');
  await expect(first.locator('.embed-credit')).toBeVisible();
  // The embed mirrors a selection in the page's hash only once it has been told about the page.
  await page.locator('#first-embed iframe').scrollIntoViewIfNeeded();
  await selectInEmbed(first, 'truce-extension');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sourceline=truce-extension');
  expect(page.url()).toBe(`${address}#sourceline=truce-extension`);
  watch.expectNoErrors();
});
