import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the test runner script, no type declarations.
import { findChromium } from './scripts/chromium.mjs';
import { APP_BASE, APP_PORT, BASE_PATH, HOST_ORIGIN, HOST_PORT, SITE_BASE, STUDIO_SERVERS, STUDIO_WORK, studioOrigin, studioPort } from './e2e/support/ports';

const port = APP_PORT;
const executablePath = (findChromium as () => string | null)() ?? undefined;

const launchOptions = {
  executablePath,
  // Without the background-networking flags Chromium keeps calling hosts this network refuses.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A fresh CI machine runs two workers on two cores: a page with an embed may take longer than the default 5 s to settle.
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  outputDir: 'test-results',
  use: {
    // The truce story's folder: tests address its pages relatively (`./`, `events/<id>/`).
    baseURL: APP_BASE,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'studio/**',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      // The authoring studio, served with its local API on a temporary seeds folder (STUDIO_WORK).
      name: 'studio',
      testDir: 'e2e/studio',
      // Each file names its own server's address (test.use({ baseURL }) in e2e/studio/support.ts).
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions },
    },
  ],
  webServer: [
    {
      // `--headers`: every test runs under the Content-Security-Policy the build writes to `_headers`.
      command: `node scripts/serve-static.mjs --dir dist --port ${port} --base ${BASE_PATH} --headers`,
      url: APP_BASE,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // The studio's built page and its API, one server per test file, each on an emptied temporary
    // seeds folder of its own; the first builds the studio when no build is there, the others wait for it.
    ...STUDIO_SERVERS.map((name, i) => {
      const work = `${STUDIO_WORK}/${name}`;
      const build = i === 0 ? 'test -f .cache/studio/studio.html || node_modules/.bin/vite build -c vite.studio.config.ts --logLevel warn' : 'until test -f .cache/studio/studio.html; do sleep 1; done';
      return {
        command: `rm -rf ${work} && mkdir -p ${work}/seeds && (${build}) && exec node_modules/.bin/tsx scripts/studio/server.ts --port ${studioPort(name)} --dist .cache/studio --seeds ${work}/seeds --public ${work}/public --recovery ${work}/recovery --log ${work}/authoring-log.jsonl`,
        url: `${studioOrigin(name)}/`,
        reuseExistingServer: false,
        timeout: 120_000,
      };
    }),
    {
      // The news site that embeds the app: another port, so another origin.
      command: `node e2e/hosts/server.mjs --port ${HOST_PORT} --app ${APP_BASE} --site ${SITE_BASE}`,
      url: `${HOST_ORIGIN}/pym.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
