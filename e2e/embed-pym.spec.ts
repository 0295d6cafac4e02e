import { expect, test } from '@playwright/test';
import { HOST_ORIGIN } from './support/ports';
import { expectWheelScrollsPage, heights, watchPage } from './support/embedWatch';

// A news page on another origin embeds the app with the real pym.js (its npm package) and
// `new pym.Parent(…)`, as many newsrooms already do: it must need no code of ours.
const IFRAME = '#pym-timeline iframe';

async function expectHeightFollowsContent(page: import('@playwright/test').Page) {
  await expect
    .poll(async () => {
      const h = await heights(page, IFRAME);
      return Math.abs(h.iframe - h.body) <= 1 && h.scroll <= h.client + 1;
    })
    .toBe(true);
  return heights(page, IFRAME);
}

for (const width of [640, 320]) {
  test(`pym.js sizes the iframe to the content at ${width} px, and follows it`, async ({ page }) => {
    const watch = watchPage(page);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${HOST_ORIGIN}/pym.html`);
    const frame = page.frameLocator(IFRAME);
    await expect(frame.locator('.embed-credit')).toBeVisible();
    expect(await page.locator(IFRAME).evaluate((iframe) => iframe.getBoundingClientRect().width)).toBeLessThanOrEqual(width);

    const first = await expectHeightFollowsContent(page);
    // The content grows (the list of events opens): the iframe follows, with nothing cut off.
    await frame.locator('.embed-layout__list summary').click();
    const opened = await expectHeightFollowsContent(page);
    expect(opened.iframe).toBeGreaterThan(first.iframe + 500);
    // And shrinks back.
    await frame.locator('.embed-layout__list summary').click();
    expect((await expectHeightFollowsContent(page)).iframe).toBeLessThan(opened.iframe - 500);

    // A plain wheel over the embed scrolls the news page.
    await expectWheelScrollsPage(page, IFRAME, frame.locator('.embed-credit'));

    watch.expectOnlyOwnOrigins();
    watch.expectNoErrors();
  });
}

test('when the news page’s column narrows, pym.js’s width message gets the new height back', async ({ page }) => {
  const watch = watchPage(page);
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(`${HOST_ORIGIN}/pym.html`);
  const frame = page.frameLocator(IFRAME);
  await frame.locator('.embed-layout__list summary').click();
  const wide = await expectHeightFollowsContent(page);
  await page.setViewportSize({ width: 320, height: 800 });
  const narrow = await expectHeightFollowsContent(page);
  expect(narrow.iframe).toBeGreaterThan(wide.iframe);
  watch.expectNoErrors();
});

test('an embed that opens on an event neither scrolls the news page nor takes focus', async ({ page }) => {
  const watch = watchPage(page);
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${HOST_ORIGIN}/pym.html?path=events/truce-extension/`);
  const frame = page.frameLocator(IFRAME);
  await expect(frame.locator('[data-list-event-id][aria-current="true"]')).toHaveAttribute('data-list-event-id', 'truce-extension');
  await expectHeightFollowsContent(page);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => ({ scrollY, focus: document.activeElement === document.body }))).toEqual({ scrollY: 0, focus: true });
  expect(await frame.locator('body').evaluate(() => document.activeElement === document.body)).toBe(true);
  watch.expectNoErrors();
});
