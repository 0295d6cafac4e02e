#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, each counted:
 * lint, typecheck, the data check, unit tests (and the time tests again under several time
 * zones), the production build and its prerendered pages, the studio's build, end-to-end tests
 * in Chromium (the reader's pages, and the studio on a temporary seeds folder), and the reader's
 * journeys in WebKit and Firefox. It ends with one plain line `N passed, N failed` that adds up
 * every suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensureFirefox } from './firefox.mjs';
import { ensureWebKit } from './webkit.mjs';

const root = new URL('..', import.meta.url).pathname;
const cache = join(root, '.cache', 'test-results');
mkdirSync(cache, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Tests whose results depend on the process time zone run again under each of these. */
const TIME_ZONES = ['America/Los_Angeles', 'Europe/London', 'Asia/Tokyo'];
const TIME_TESTS = ['src/shared/time', 'src/features/timeline/model/ticks', 'src/features/timeline/model/items', 'src/features/timeline/model/window', 'src/features/timeline/TimelineChart.server', 'src/features/timeline/TimelineChart.snapshot'];

const results = [];
/** Each failed test, with its first error, repeated at the end of the log. */
const failures = [];

function run(command, args, env = {}, timeout = undefined) {
  console.log(`\n$ ${[command, ...args].join(' ')}${Object.keys(env).length ? `   (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}`);
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, timeout });
  if (child.error?.code === 'ETIMEDOUT') console.error(`\n${command} was stopped after ${timeout / 1000} s`);
  return child.status === 0;
}

/** A step that counts as one check. */
function check(name, command, args, env) {
  const ok = run(command, args, env);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** A Vitest run, counted test by test from its JSON report. */
function vitest(name, args, env) {
  const out = join(cache, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(out, { force: true });
  const ok = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args], env);
  const report = readJson(out);
  for (const file of report?.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failures.push({ suite: name, title: `${relative(root, file.name)} › ${test.fullName}`, message: test.failureMessages?.[0] ?? '' });
    }
  }
  const passed = report?.numPassedTests ?? 0;
  const failed = (report?.numFailedTests ?? 0) + (ok || report?.numFailedTests ? 0 : 1);
  results.push({ name, passed, failed: passed === 0 && failed === 0 ? 1 : failed });
}

/** The Playwright run, counted test by test from its JSON report. */
function playwright(name, chromePath) {
  const out = join(cache, 'playwright.json');
  rmSync(out, { force: true });
  const ok = run(bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out, CHROME_PATH: chromePath });
  const report = readJson(out);
  collectPlaywrightFailures(name, report?.suites ?? []);
  const stats = report?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = (stats?.unexpected ?? 0) + (ok || stats?.unexpected ? 0 : 1);
  results.push({ name, passed, failed: passed === 0 && failed === 0 ? 1 : failed });
}

/** Every test of a Playwright report's suites that failed on its last try, with its first error. */
function collectPlaywrightFailures(name, suites) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results?.at(-1);
        const at = last?.error?.location ? ` (fails at line ${last.error.location.line})` : '';
        failures.push({ suite: name, title: `${spec.file}:${spec.line} › ${spec.title}${at}`, message: last?.error?.message ?? last?.status ?? '' });
      }
    }
    collectPlaywrightFailures(name, suite.suites ?? []);
  }
}

/**
 * The reader's journeys in another engine (`e2e/browsers/`), run by node's test runner and
 * counted journey by journey from its TAP report. `wrap` is what the run needs around it (a
 * virtual display for WebKit).
 */
function journeys(name, file, wrap = []) {
  const tap = join(cache, `${name.replace(/\W+/g, '-')}.tap`);
  rmSync(tap, { force: true });
  const args = ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, file];
  const [command, ...before] = wrap.length > 0 ? wrap : [process.execPath];
  // A last guard: a journey run that hangs (a browser that never answers) is stopped, not waited on for CI's 90 minutes.
  const ok = run(command, wrap.length > 0 ? [...before, process.execPath, ...args] : args, {}, 10 * 60_000);
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (what) => Number(new RegExp(`^# ${what} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
  for (const match of report.matchAll(/^not ok \d+ - (.+)\n(?:[\s\S]*?)^ {2}error: (.+)$/gm)) failures.push({ suite: name, title: match[1], message: match[2] });
  const passed = count('pass');
  const failed = count('fail') + count('cancelled') + (ok || count('fail') ? 0 : 1);
  results.push({ name, passed, failed: passed === 0 && failed === 0 ? 1 : failed });
}

/** The first lines of an error, without terminal colours, so the end of a long log still says what failed. */
function digest(message) {
  // eslint-disable-next-line no-control-regex
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').filter((line) => line.trim() !== '').slice(0, 8).map((line) => `      ${line.slice(0, 200)}`).join('\n');
}

let chromePath = null;
try {
  chromePath = ensureChromium();
  console.log(`Chromium: ${chromePath}`);
} catch (error) {
  console.error(`\n${error.message}\n`);
  results.push({ name: 'chromium available', passed: 0, failed: 1 });
}

check('lint', bin('eslint'), ['--max-warnings', '0', '.']);
check('typecheck', bin('tsc'), ['-b']);
check('data check', bin('tsx'), ['scripts/data/cli.ts', '--check']);
vitest('unit', []);
for (const zone of TIME_ZONES) vitest(`time tests, TZ=${zone}`, TIME_TESTS, { TZ: zone });
// The build says it lives where the end-to-end tests serve it, so its canonical and card links are real there.
const e2ePort = process.env.E2E_PORT ?? '4173';
const siteUrl = `http://127.0.0.1:${e2ePort}/news/sourceline/`;
const built =
  check('build', bin('vite'), ['build']) &&
  check('build embed.js', bin('vite'), ['build', '-c', 'vite.embed.config.ts']) &&
  check('prerender', 'npm', ['run', '--silent', 'prerender'], { SITE_URL: siteUrl }) &&
  // The authoring studio's page, which its end-to-end tests serve (never part of dist/).
  check('build studio', bin('vite'), ['build', '-c', 'vite.studio.config.ts']);
if (built && chromePath) playwright('end-to-end (Chromium)', chromePath);
else results.push({ name: 'end-to-end (Chromium)', passed: 0, failed: 1 });

// The same build in the engines of the other browsers readers use: WebKit (every iPhone browser)
// under a virtual display, and Firefox ESR headless.
for (const { name, ensure, file, wrap } of [
  { name: 'journeys (WebKit)', ensure: ensureWebKit, file: 'e2e/browsers/webkit.journeys.ts', wrap: ['xvfb-run', '-a', '-s', '-screen 0 1920x1080x24'] },
  { name: 'journeys (Firefox)', ensure: ensureFirefox, file: 'e2e/browsers/firefox.journeys.ts', wrap: [] },
]) {
  let ready = false;
  try {
    ensure();
    ready = true;
  } catch (error) {
    console.error(`\n${error.message}\n`);
  }
  if (built && ready) journeys(name, file, wrap);
  else results.push({ name, passed: 0, failed: 1 });
}

if (failures.length > 0) {
  console.log('\nFailures');
  for (const failure of failures.slice(0, 20)) console.log(`  ${failure.suite}: ${failure.title}\n${digest(failure.message)}`);
  if (failures.length > 20) console.log(`  and ${failures.length - 20} more, above`);
}

const width = Math.max(...results.map((r) => r.name.length));
console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? 'FAIL' : 'ok  '}  ${r.name.padEnd(width)}  ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || !existsSync(join(root, 'dist', 'index.html')) ? 1 : 0);
