import { expect, test } from '@playwright/test';
import { APP_BASE, SITE_BASE } from './support/ports';

test('the Embed button opens an accessible dialog with the code for the current state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('events/truce-extension/');
  await page.waitForLoadState('networkidle');
  // The dialog's code is not part of the first view.
  expect(requested.filter((url) => /EmbedDialog/.test(url))).toEqual([]);

  const button = page.getByRole('button', { name: 'Embed' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  expect(requested.some((url) => /EmbedDialog/.test(url))).toBe(true);
  // Modal: the page behind it is inert.
  expect(await dialog.evaluate((d: HTMLDialogElement) => d.matches(':modal'))).toBe(true);
  await expect(dialog).toContainText('The truce is extended for three days');

  const script = dialog.getByRole('textbox', { name: 'Script (recommended)' });
  await expect(script).toHaveValue(`<div data-sourceline="${APP_BASE}events/truce-extension/?embed=1" data-sourceline-title="Timeline: Hamas Seeks Truce Extension Amid US Pressure for Gaza Safe Zones"></div>\n<script async src="${SITE_BASE}embed.js"></script>`);
  await expect(dialog.getByRole('textbox', { name: 'pym.js' })).toHaveValue(/new pym\.Parent\("sourceline-timeline", "[^"]+events\/truce-extension\/\?embed=1"/);
  await expect(dialog.getByRole('textbox', { name: 'Plain iframe' })).toHaveValue(/^<iframe src="[^"]+events\/truce-extension\/\?embed=1" title="Timeline: /);

  // Copy, announced.
  await dialog.getByRole('button', { name: 'Copy script snippet' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^Copied$/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.inputValue());

  // A forced scheme goes into every snippet.
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await expect(script).toHaveValue(/events\/truce-extension\/\?embed=1&amp;theme=dark"/);
  await expect(dialog.getByRole('status').filter({ hasText: /^Copied$/ })).toHaveCount(0);

  // The preview shows the embed at the chosen width, sized to its content.
  const preview = dialog.locator('.embed-preview iframe');
  await dialog.getByRole('radio', { name: '320 px' }).check();
  await expect.poll(async () => (await preview.boundingBox())?.width).toBe(320);
  const frame = dialog.frameLocator('.embed-preview iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => {
    const box = await preview.boundingBox();
    const content = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    return Math.abs((box?.height ?? 0) - content) <= 1;
  }).toBe(true);

  // Escape closes it, and focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('the dialog closes with its Close button, and focus returns', async ({ page }) => {
  await page.goto('./');
  const button = page.getByRole('button', { name: 'Embed' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  // Focus moved into the dialog.
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await expect(dialog).toContainText('The embed opens on the whole story,');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
});
