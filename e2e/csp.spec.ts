import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ELECTION_BASE, HOST_ORIGIN, SITE_BASE, TRUCE_PATH } from './support/ports';
import { watchCsp } from './support/cspWatch';
import { selectInEmbed, selectedInEmbed, watchPage } from './support/embedWatch';
import { serveWithoutInlineData } from './support/withoutInlineData';

/**
 * The built site served with the Content-Security-Policy the build writes to `_headers` (the
 * end-to-end server sends it, as Netlify and Cloudflare Pages do): no page, state or lazily loaded
 * part of it breaks the policy, and a news page with its own strict policy embeds it.
 */

const headers = readFileSync(new URL('../dist/_headers', import.meta.url), 'utf8');
const policy = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
/** How many stories the site's index lists: every story in the site's list of them. */
const STORY_COUNT = (JSON.parse(readFileSync(new URL('../public/data/stories.json', import.meta.url), 'utf8')) as { stories: unknown[] }).stories.length;

/** The app has started: a control that only JavaScript shows is on screen. */
async function started(page: Page) {
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('the build writes a strict policy: hashes for inline code, nothing unsafe for scripts', () => {
  expect(policy).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+; style-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+; /);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(policy).not.toMatch(/\*/);
});

test('the policy is sent and enforced: code injected into the page is refused and reported', async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toBe(policy);
  await started(page);
  expect(violations).toEqual([]);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as { __injected?: boolean }).__injected ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test('the main page, through everything a reader does, breaks no rule of the policy', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('./');
  await started(page);
  // The colour scheme set before the first paint ran (the hashed inline script).
  await page.goto('./?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await started(page);
  // Gestures (d3-zoom, loaded on the first pointer movement), zooming, selecting.
  await page.mouse.move(400, 400);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.locator('[data-list-event-id="truce-extension"] .event-card__title button').click();
  await expect(page).toHaveURL(/events\/truce-extension\//);
  // The embed dialog: its own chunk and stylesheet, and a live preview in a frame of the site.
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog.frameLocator('iframe').locator('.embed-credit')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(violations).toEqual([]);
});

for (const path of ['events/truce-extension/', './?embed=1', 'events/initial-truce/?embed=1&theme=dark', './?view=2023-11-20..2023-12-02', './?event=no-such-event']) {
  test(`${path} breaks no rule of the policy`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(path);
    await started(page);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('the index of stories is sent the policy and breaks no rule of it, in either scheme', async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto(SITE_BASE);
  expect(response?.headers()['content-security-policy']).toBe(policy);
  await expect(page.locator('.story-card')).toHaveCount(STORY_COUNT);
  // The colour scheme set before the first paint (the hashed inline script) runs on the index too.
  await page.goto(`${SITE_BASE}?theme=dark`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('the root’s old links send the reader on to the truce story within the policy', async ({ page }) => {
  const violations = await watchCsp(page);
  // An old event page (its script file, not an inline script) and an old link to the root with a state.
  await page.goto(`${SITE_BASE}events/truce-extension/`);
  await expect(page).toHaveURL(`${SITE_BASE}${TRUCE_PATH}events/truce-extension/`);
  await started(page);
  await page.goto(`${SITE_BASE}?event=initial-truce`);
  await expect(page).toHaveURL(`${SITE_BASE}${TRUCE_PATH}?event=initial-truce`);
  await started(page);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

for (const path of ['', 'events/inec-declares-tinubu/', '?embed=1&theme=dark']) {
  test(`the election story's ${path || 'main page'} breaks no rule of the policy`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(`${ELECTION_BASE}${path}`);
    await started(page);
    await page.mouse.move(300, 300);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('the 404 page sends a missing event page on to the timeline within the policy', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('events/no-such-event/');
  await expect(page.getByRole('status').filter({ hasText: '“no-such-event”, that is not in this timeline' })).toBeVisible();
  await started(page);
  expect(violations).toEqual([]);
});

test('a page without its data inline fetches and validates it within the policy', async ({ page }) => {
  const violations = await watchCsp(page);
  await serveWithoutInlineData(page);
  await page.goto('./');
  await started(page);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('a news page with its own strict policy embeds the timeline with embed.js, and neither breaks a rule', async ({ page }) => {
  const violations = await watchCsp(page);
  const watch = watchPage(page);
  const response = await page.goto(`${HOST_ORIGIN}/strict.html`);
  expect(response?.headers()['content-security-policy']).toMatch(/^default-src 'none'; script-src http:\/\/[^ ]+\/embed\.js; frame-src http:\/\/[^ ;]+;/);
  const frame = page.frameLocator('#strict-embed iframe');
  await expect(frame.locator('.embed-credit')).toBeVisible();
  // It sized itself, and deep links work both ways.
  await expect.poll(async () => (await page.locator('#strict-embed iframe').boundingBox())?.height ?? 0).toBeGreaterThan(600);
  await page.locator('#strict-embed iframe').scrollIntoViewIfNeeded();
  await selectInEmbed(frame, 'initial-truce');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sourceline=initial-truce');
  await page.locator('#deep-link').click();
  await expect(selectedInEmbed(frame)).toHaveAttribute('data-list-event-id', 'truce-extension');
  expect(violations).toEqual([]);
  watch.expectNoErrors();
});
