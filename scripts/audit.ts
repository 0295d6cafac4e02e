/**
 * `npm run audit [-- --port 4190]`: Lighthouse (mobile) on the production build, as a reader's phone
 * would load it: the main page and one event page. It builds with SITE_URL pointing at the local
 * server, so canonical links are what they will be in production, serves the build with the plain
 * static server, and prints each category's score against its goal (performance ≥ 98,
 * accessibility, best practices and SEO 100). Not part of `npm test`: a score is a measurement.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
// @ts-expect-error: a plain ES module shared with the test runner, without type declarations.
import { findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--port');
const port = Number(at === -1 ? '4190' : args[at + 1]);
const site = `http://127.0.0.1:${port}/`;
const GOALS: Record<string, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

function build(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, SITE_URL: site } });
  if (result.status !== 0) throw new Error('the build failed');
}

function serve(): Promise<() => void> {
  const server = spawn(process.execPath, [join(root, 'scripts/serve-static.mjs'), '--dir', join(root, 'dist'), '--port', String(port), '--base', '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.once('exit', (code) => fail(new Error(`the static server stopped (exit code ${code}); is port ${port} in use? Try --port`)));
    server.stdout.once('data', () => ready(() => server.kill('SIGTERM')));
  });
}

async function main(): Promise<void> {
  build();
  const stop = await serve();
  const chrome = await chromeLauncher.launch({
    chromePath: (findChromium as () => string | null)() ?? undefined,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  let missed = 0;
  try {
    for (const page of ['', 'events/latest-exchange/']) {
      const url = `${site}${page}`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(GOALS) });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      console.log(`\n${url}`);
      for (const [id, goal] of Object.entries(GOALS)) {
        const score = Math.round((categories[id]?.score ?? 0) * 100);
        if (score < goal) missed += 1;
        console.log(`  ${(categories[id]?.title ?? id).padEnd(16)} ${String(score).padStart(3)}  (goal ≥ ${goal}${score < goal ? ': missed' : ''})`);
        // What cost the points, so a miss can be acted on.
        for (const ref of categories[id]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`      ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
        }
      }
      const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
      console.log(`  ${metrics.map((id) => `${audits[id]?.title ?? id} ${audits[id]?.displayValue ?? '–'}`).join('; ')}`);
    }
  } finally {
    chrome.kill();
    stop();
  }
  console.log(missed === 0 ? '\naudit: every goal met' : `\naudit: ${missed} goal(s) missed`);
}

await main();
