/**
 * `npm run bench [-- --runs 5 --port 4321 --events 10000]`: the timeline's speed in the system
 * Chromium against the production build, for the real story and for a 10,000-event synthetic
 * one. For each it prints when the data had arrived, the time to first marks drawn (the first
 * frame painted with a mark in it) and to the chart answering gestures, all from navigation
 * start, and the frame times (p50, p95 and worst, from requestAnimationFrame) during a scripted
 * Ctrl + wheel zoom and a drag, as the median of several runs. Goals: p95 frame ≤ 16.7 ms and first marks ≤ 500 ms at 10,000 events.
 * Not part of `npm test`: timings belong in a report, not in a pass/fail check.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the test runner, without type declarations.
import { findChromium } from '../chromium.mjs';
import { syntheticTimeline } from './synthetic.ts';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const RUNS = Math.max(3, Number(option('runs', '5')));
const PORT = Number(option('port', process.env.BENCH_PORT ?? '4321'));
const SYNTHETIC_EVENTS = Number(option('events', '10000'));
const benchDir = join(root, '.cache', 'bench');

interface RunResult {
  /** When the chart answers gestures (d3-zoom attached), from navigation start. */
  interactive: number;
  /** When the data file had arrived (its response end), from navigation start. */
  dataArrived: number;
  firstMarks: number;
  zoom: Stats;
  drag: Stats;
  marksAfterZoom: number;
}

interface Stats {
  frames: number;
  p50: number;
  p95: number;
  worst: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at]!;
}

function stats(timestamps: readonly number[]): Stats {
  const deltas = timestamps
    .slice(1)
    .map((t, i) => t - timestamps[i]!)
    .sort((a, b) => a - b);
  return { frames: deltas.length, p50: percentile(deltas, 50), p95: percentile(deltas, 95), worst: deltas.at(-1) ?? Number.NaN };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Copies the build and swaps in the story's data. The real story is served as built: its page is
 * prerendered, with the data inline, and hydrates. A synthetic story gets the client build's own
 * page (the template the prerender keeps aside) and fetches its data, as an unprerendered build would.
 */
function prepare(name: string, data: string | null): void {
  const dir = join(benchDir, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'dist'), dir, { recursive: true });
  if (data === null) return;
  const template = join(root, '.cache', 'prerender', 'template.html');
  if (!existsSync(template)) throw new Error('no client page template in .cache/prerender/: run `npm run build` first (npm run bench does)');
  cpSync(template, join(dir, 'index.html'));
  writeFileSync(join(dir, 'data', 'timeline.json'), data);
}

// In-page code is kept as source text: tsx would otherwise wrap its functions in helpers the page lacks.

/** Records the first frame with marks in it, and rAF timestamps on demand. Runs before the app. */
const PROBE = `
  window.__bench = { firstMarks: -1, interactive: -1, frames: [], recording: false };
  // Interactive: d3-zoom has attached to the chart (after hydration or the first client render).
  const waitForZoom = () => {
    if (document.querySelector('[data-zoom-surface]')?.__zoom) window.__bench.interactive = performance.now();
    else requestAnimationFrame(waitForZoom);
  };
  requestAnimationFrame(waitForZoom);
  const observer = new MutationObserver(() => {
    if (window.__bench.firstMarks >= 0 || !document.querySelector('[data-event-id],[data-cluster-size]')) return;
    observer.disconnect();
    // The frame that paints the marks: a task queued from its rAF callback runs after the paint.
    requestAnimationFrame(() => setTimeout(() => (window.__bench.firstMarks = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
`;

const START_RECORDING = `(() => {
  const bench = window.__bench;
  bench.frames = [];
  bench.recording = true;
  const loop = (t) => {
    if (!bench.recording) return;
    bench.frames.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

const STOP_RECORDING = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
  window.__bench.recording = false;
  done(window.__bench.frames);
})))`;

async function record(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(START_RECORDING);
  await action();
  return page.evaluate<number[]>(STOP_RECORDING);
}

async function runOnce(page: Page, url: string): Promise<RunResult> {
  await page.goto(url);
  await page.waitForFunction('window.__bench.firstMarks >= 0 && window.__bench.interactive >= 0', null, { timeout: 60_000 });
  const interactive = await page.evaluate<number>('window.__bench.interactive');
  const firstMarks = await page.evaluate<number>('window.__bench.firstMarks');
  const dataArrived = await page.evaluate<number>(
    "performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/data/timeline.json'))?.responseEnd ?? -1",
  );
  const surface = page.locator('[data-zoom-surface]');
  await surface.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const box = await surface.boundingBox();
  if (!box) throw new Error('no zoom surface');
  // Near the right, where both stories are busy (the real one's truce week).
  const x = box.x + box.width * 0.9;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);

  // Ctrl + wheel: twelve notches in, six out, as fast as the page takes them.
  const zoomFrames = await record(page, async () => {
    await page.keyboard.down('Control');
    for (let i = 0; i < 12; i += 1) await page.mouse.wheel(0, -100);
    for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, 100);
    await page.keyboard.up('Control');
  });
  await page.waitForTimeout(300);
  const marksAfterZoom = await page.locator('[data-event-id],[data-cluster-size]').count();

  // A drag across the plot and back, in small steps.
  const axisY = box.y + box.height - 8;
  const dragFrames = await record(page, async () => {
    await page.mouse.move(x, axisY);
    await page.mouse.down();
    await page.mouse.move(x - 300, axisY, { steps: 30 });
    await page.mouse.move(x + 100, axisY, { steps: 30 });
    await page.mouse.up();
  });
  return { interactive, dataArrived, firstMarks, zoom: stats(zoomFrames), drag: stats(dragFrames), marksAfterZoom };
}

function startServer(): Promise<() => void> {
  const server = spawn(process.execPath, [join(root, 'scripts/serve-static.mjs'), '--dir', benchDir, '--port', String(PORT), '--base', '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.once('exit', (code) => fail(new Error(`the static server stopped (exit code ${code}); is port ${PORT} in use? Try --port`)));
    server.stdout.once('data', () => ready(() => server.kill('SIGTERM')));
  });
}

async function main() {
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('no build in dist/: run `npm run build` first (npm run bench does)');
  mkdirSync(benchDir, { recursive: true });
  const stories: { name: string; events: number }[] = [{ name: 'real', events: 0 }];
  prepare('real', null);
  const synthetic = syntheticTimeline({ events: SYNTHETIC_EVENTS, seed: 1 });
  prepare(`synthetic-${SYNTHETIC_EVENTS}`, `${JSON.stringify(synthetic)}\n`);
  stories.push({ name: `synthetic-${SYNTHETIC_EVENTS}`, events: SYNTHETIC_EVENTS });
  const { default: real } = (await import(join(root, 'public/data/timeline.json'), { with: { type: 'json' } })) as { default: { events: unknown[] } };
  stories[0]!.events = real.events.length;

  const stop = await startServer();
  const browser = await chromium.launch({
    executablePath: (findChromium as () => string | null)() ?? undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    console.log(`bench: ${RUNS} runs per story, Chromium ${browser.version()}, ${cpus().length} cores, viewport 1280 × 900`);
    const rows: string[][] = [];
    for (const story of stories) {
      const results: RunResult[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript({ content: PROBE });
        const result = await runOnce(page, `http://127.0.0.1:${PORT}/${story.name}/`);
        results.push(result);
        console.log(
          `  ${story.name} run ${run + 1}: data ${result.dataArrived < 0 ? 'inline' : `arrived ${result.dataArrived.toFixed(0)} ms`}, first marks ${result.firstMarks.toFixed(0)} ms, interactive ${result.interactive.toFixed(0)} ms; zoom p50 ${result.zoom.p50.toFixed(1)} / p95 ${result.zoom.p95.toFixed(1)} / worst ${result.zoom.worst.toFixed(1)} ms over ${result.zoom.frames} frames; drag p50 ${result.drag.p50.toFixed(1)} / p95 ${result.drag.p95.toFixed(1)} / worst ${result.drag.worst.toFixed(1)} ms over ${result.drag.frames} frames; ${result.marksAfterZoom} marks drawn`,
        );
        await context.close();
      }
      const m = (pick: (r: RunResult) => number) => median(results.map(pick)).toFixed(1);
      rows.push([story.name, String(story.events), results.some((r) => r.dataArrived < 0) ? 'inline' : m((r) => r.dataArrived), m((r) => r.firstMarks), m((r) => r.interactive), m((r) => r.zoom.p50), m((r) => r.zoom.p95), m((r) => r.drag.p50), m((r) => r.drag.p95)]);
    }
    const header = ['story', 'events', 'data arrived ms', 'first marks ms', 'interactive ms', 'zoom p50', 'zoom p95', 'drag p50', 'drag p95'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    console.log(`\nMedian of ${RUNS} runs (frame times in ms; goals: p95 ≤ 16.7, first marks ≤ 500 at 10,000 events)`);
    for (const line of [header, ...rows]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  } finally {
    await browser.close();
    stop();
  }
}

await main();
