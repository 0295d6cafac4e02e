#!/usr/bin/env node
/**
 * `node scripts/screenshots.mjs [URL] [OUTDIR] [--prefix NAME]`: screenshots of a running build at
 * 1280 px and 375 px, light and dark, in the system Chromium, so every change can be looked at.
 * Start the build first, e.g. `npm run build && node scripts/serve-static.mjs --port 4173`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--prefix');
const prefixAt = process.argv.indexOf('--prefix');
const prefix = prefixAt === -1 ? 'view' : process.argv[prefixAt + 1];
const url = positional[0] ?? 'http://127.0.0.1:4173/';
const outDir = positional[1] ?? '.cache/screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
for (const width of [1280, 375]) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: width > 600 ? 900 : 800 }, colorScheme });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const file = join(outDir, `${prefix}-${width}-${colorScheme}.png`);
    await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
    console.log(file);
    await page.close();
  }
}
await browser.close();
