import { expect, test } from '@playwright/test';
import { HOST_ORIGIN } from './support/ports';
import { expectWheelScrollsPage, heights, selectInEmbed, selectedInEmbed, watchPage } from './support/embedWatch';

// A news page that sandboxes the embed with scripts only: an opaque origin, so no storage, no
// cookies, no clipboard, no new tabs, and a URL the app may not rewrite. The app must still work.
const IFRAME = '#sandboxed';

test('in an iframe sandboxed with scripts only, the app loads, sizes itself and selects events', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(`${HOST_ORIGIN}/sandboxed.html`);
  // The embed sits below the fold. Chromium may hold back the rendering of a cross-origin frame
  // that is off screen (and with it the resize observations behind the height messages), so the
  // reader scrolls to it first, as a reader would.
  await page.locator(IFRAME).scrollIntoViewIfNeeded();
  const frame = page.frameLocator(IFRAME);
  await expect(frame.locator('.embed-credit')).toBeVisible();
  // Really opaque: the frame cannot see its own storage.
  expect(await frame.locator('body').evaluate(() => ({ origin: self.origin, storage: (() => { try { return typeof localStorage; } catch { return 'refused'; } })() }))).toEqual({
    origin: 'null',
    storage: 'refused',
  });

  // Sized through pym's height message, which the page accepts from the "null" origin.
  await expect.poll(async () => {
    const h = await heights(page, IFRAME);
    return Math.abs(h.iframe - h.body) <= 1;
  }).toBe(true);
  expect((await page.evaluate(() => (window as unknown as { heights: number[] }).heights)).length).toBeGreaterThan(0);

  // Selecting works, though the sandbox forbids the app to rewrite its own URL's path.
  await selectInEmbed(frame, 'truce-extension');
  await expect(selectedInEmbed(frame)).toHaveAttribute('data-list-event-id', 'truce-extension');
  await selectInEmbed(frame, 'jerusalem-shooting');
  await expect(selectedInEmbed(frame)).toHaveAttribute('data-list-event-id', 'jerusalem-shooting');
  // Without a clipboard, the link is shown selected to copy by hand.
  await frame.getByRole('button', { name: 'Copy link' }).click();
  await expect(frame.getByRole('textbox', { name: /could not be copied/ })).toHaveValue(/\/news\/sourceline\/gaza-truce\/events\/jerusalem-shooting\/$/);

  await expectWheelScrollsPage(page, IFRAME, frame.locator('.timeline__plot'));
  watch.expectOnlyOwnOrigins();
  watch.expectNoErrors();
});
