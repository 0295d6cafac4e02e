import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SITE_BASE } from './support/ports';
import { serveWithoutInlineData } from './support/withoutInlineData';

// Prerendered pages carry their data; these tests are about the fetch the app falls back on.
test.beforeEach(async ({ page }) => serveWithoutInlineData(page));

async function expectRetryRecovers(page: Page) {
  await page.unroute('**/data/timeline.json');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('[data-list-event-id]').first()).toBeVisible();
}

test('a failed request shows an alert, and Retry recovers', async ({ page }) => {
  await page.route('**/data/timeline.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The timeline could not be loaded.');
  await expect(alert).toContainText('503');
  await expectRetryRecovers(page);
});

test('a network failure shows an alert, and Retry recovers', async ({ page }) => {
  await page.route('**/data/timeline.json', (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('did not reach the server');
  await expectRetryRecovers(page);
});

test('a file that is not JSON shows an alert, and Retry recovers', async ({ page }) => {
  await page.route('**/data/timeline.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1, "story": ' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('The timeline file is damaged.');
  await expectRetryRecovers(page);
});

test('a schema-invalid file names each bad field by its path, and Retry recovers', async ({ page, request }) => {
  const good = (await (await request.get('data/timeline.json')).json()) as { events: { id: string; start: string }[] };
  good.events[1]!.id = 'Not A Valid Id';
  good.events[2]!.start = 'yesterday';
  await page.route('**/data/timeline.json', (route) => route.fulfill({ json: good }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The timeline file has errors');
  await expect(alert.locator('li', { hasText: 'events[1].id' })).toBeVisible();
  await expect(alert.locator('li', { hasText: 'events[2].start' })).toBeVisible();
  await expectRetryRecovers(page);
});

test('without inline data, the app loads its data relative to its own sub-path', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('./');
  await expect(page.locator('[data-list-event-id]').first()).toBeVisible();
  expect(requests).toContain('/news/sourceline/gaza-truce/data/timeline.json');
});

test('a prerendered page needs no request for its data', async ({ browser }) => {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('./');
  await expect(page.locator('[data-list-event-id]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.endsWith('/data/timeline.json'))).toEqual([]);
  await page.close();
});

/** Every story of the site, from its list of stories. */
const SLUGS = (JSON.parse(readFileSync(new URL('../public/data/stories.json', import.meta.url), 'utf8')) as { stories: { slug: string }[] }).stories.map(({ slug }) => slug);

for (const slug of SLUGS) {
  test(`every page of ${slug} carries exactly the data file beside it, never an older copy`, async ({ request }) => {
    // The build writes both from one read and stops on a page whose copy differs; this checks what is served.
    const base = `${SITE_BASE}${slug}/`;
    const file = (await (await request.get(`${base}data/timeline.json`)).json()) as { events: { id: string }[] };
    const paths = ['', ...file.events.map((event) => `events/${event.id}/`)];
    for (const path of paths) {
      const html = await (await request.get(base + path)).text();
      const inline = /<script id="sourceline-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      expect(inline, path).toBeDefined();
      expect(JSON.parse(inline ?? 'null'), path).toEqual(file);
    }
    // And the copy in the repository is the one the build published.
    expect(JSON.parse(readFileSync(new URL(`../public/${slug}/data/timeline.json`, import.meta.url), 'utf8'))).toEqual(file);
  });
}
