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

    // A plain wheel over the embed's chart scrolls the news page (Ctrl + wheel would zoom it).
    await expectWheelScrollsPage(page, IFRAME, frame.locator('.timeline__plot'));

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

test('Ctrl + wheel over the embedded chart zooms it and leaves the news page where it is', async ({ page }) => {
  const watch = watchPage(page);
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto(`${HOST_ORIGIN}/pym.html`);
  const frame = page.frameLocator(IFRAME);
  await page.locator(IFRAME).scrollIntoViewIfNeeded();
  const plot = frame.locator('.timeline__plot');
  await plot.scrollIntoViewIfNeeded();
  const range = frame.locator('.timeline__head');
  const before = await range.textContent();
  const box = await plot.boundingBox();
  if (!box) throw new Error('the chart is not laid out');
  const scrolled = await page.evaluate(() => scrollY);
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  // The gestures load with the reader's first pointer movement in the embed.
  await expect(frame.locator('[data-zoom-surface]')).toHaveAttribute('data-gestures', 'ready');
  await page.keyboard.down('Control');
  for (let i = 0; i < 3; i += 1) await page.mouse.wheel(0, -120);
  await page.keyboard.up('Control');
  await expect.poll(() => range.textContent()).not.toBe(before);
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  watch.expectNoErrors();
});
