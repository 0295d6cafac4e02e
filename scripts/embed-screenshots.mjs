#!/usr/bin/env node
/**
 * `node scripts/embed-screenshots.mjs HOST_URL APP_URL [OUTDIR]`: the embed inside a host page at
 * 300, 640 and 1200 px, light and dark (its `theme=` parameter), and the embed code dialog at
 * 1280 and 375 px, so the compact view can be looked at. HOST_URL serves e2e/hosts/gallery.html
 * (`node e2e/hosts/server.mjs --port P --app APP_URL`); APP_URL serves the build.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const [host = 'http://127.0.0.1:4183/', app = 'http://127.0.0.1:4173/news/sourceline/', outDir = '.cache/embed-shots'] = process.argv.slice(2);
const path = process.env.EMBED_PATH ?? '';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
for (const width of [300, 640, 1200]) {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: width + 32, height: 900 } });
    await page.goto(new URL(`gallery.html?width=${width}&theme=${theme}&path=${encodeURIComponent(path)}`, host).href);
    const frame = page.frameLocator('iframe');
    await frame.locator('.embed-credit').waitFor();
    await page.waitForTimeout(400);
    const file = join(outDir, `embed-${width}-${theme}${path ? '-event' : ''}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
for (const [width, height] of [[1280, 900], [375, 800]]) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme });
    await page.goto(new URL(path, app).href);
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('dialog').waitFor();
    await page.frameLocator('.embed-preview iframe').locator('.embed-credit').waitFor();
    await page.waitForTimeout(400);
    const file = join(outDir, `dialog-${width}-${colorScheme}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.locator('.embed-preview').scrollIntoViewIfNeeded();
    const preview = join(outDir, `dialog-${width}-${colorScheme}-preview.png`);
    await page.screenshot({ path: preview });
    console.log(preview);
    await page.close();
  }
}
await browser.close();
