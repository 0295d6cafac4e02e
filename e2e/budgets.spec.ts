import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { PAGE_HTML_BUDGET } from '../scripts/prerender/siteOutput.ts';

/**
 * Size budgets of the main page, as a reader's browser downloads it before doing anything: sizes
 * are deterministic, so these may fail the build. gzip at level 9, kB = 1,000 bytes.
 */
// The prerender warns about any page over the same budget.
const HTML_BUDGET = PAGE_HTML_BUDGET;
const JS_BUDGET = 110_000;

const gzipped = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** Every story's main page, from the site's list of stories, relative to the truce story's folder (the tests' base). */
const MAIN_PAGES = (JSON.parse(readFileSync(new URL('../public/data/stories.json', import.meta.url), 'utf8')) as { stories: { path: string }[] }).stories.map(({ path }) => `../${path}`);

for (const path of MAIN_PAGES) test(`the main page’s HTML (${path}), with its inline CSS and data, is at most 30 kB gzip`, async ({ request }) => {
  const html = await (await request.get(path)).body();
  const text = html.toString('utf8');
  // It is the whole first view: styles and data inline, nothing else to wait for.
  expect(text).toMatch(/<style>[\s\S]+<\/style>/);
  expect(text).not.toMatch(/<link rel="stylesheet"/);
  expect(text).toContain('<script id="sourceline-data" type="application/json">');
  const size = gzipped(html);
  console.log(`main page HTML (${path}): ${html.length} B, ${size} B gzip (budget ${HTML_BUDGET})`);
  expect(size).toBeLessThanOrEqual(HTML_BUDGET);
});

for (const path of MAIN_PAGES) test(`all the JavaScript the main page (${path}) loads is at most 110 kB gzip`, async ({ page }) => {
  const pending: Promise<[string, number]>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') pending.push(response.body().then((body) => [response.url(), gzipped(body)]));
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // Anything loaded after start-up without the reader doing anything counts too.
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const scripts = new Map(await Promise.all(pending));
  const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
  console.log(`main page JS (${path}): ${[...scripts].map(([url, size]) => `${new URL(url).pathname.split('/').pop()} ${size} B`).join(', ')}; total ${total} B gzip (budget ${JS_BUDGET})`);
  expect(scripts.size).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(JS_BUDGET);
});
