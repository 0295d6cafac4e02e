/**
 * `npx tsx scripts/bench/zoomTrace.ts [--events 10000] [--runs 3] [--port 4321] [--top 20]`
 *
 * Where a zoom frame's time goes, after `npm run build` (for readable function names, build with
 * `npx vite build --minify false` before the prerender): Sourceline alone on a synthetic story, the
 * bench's zoom (twelve Ctrl + wheel notches in and six out, at the same point), traced. Prints, per
 * run, the frame intervals (p50 / p95 / max, and how many overran 16.7 ms), the main thread's time
 * by kind of work (script, style, layout, paint, garbage collection) over the whole gesture and in
 * the frames that overran, and the functions the sampling profiler found most often. Prints
 * figures; writes nothing but the pages it serves under `.cache/bench/`. With `--plain`, nothing is
 * traced (tracing slows the page): each run prints only its frames, and the last line sums them.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the test runner, without type declarations.
import { findChromium } from '../chromium.mjs';
import { loadServerEntry } from '../prerender/pageHtml.ts';
import { syntheticTimeline } from './synthetic.ts';
import { pageUrlFor, siteUrlFor, writeSite, type Story } from './sites.ts';
import { probeSource, START_RECORDING, STOP_RECORDING } from './probe.ts';
import { DRIVERS } from './tools.ts';
import { USABLE_PROBE } from './pageProbes.ts';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const EVENTS = Number(option('events', '10000'));
const RUNS = Number(option('runs', '3'));
const PORT = Number(option('port', process.env.BENCH_PORT ?? '4321'));
const TOP = Number(option('top', '20'));
const PLAIN = args.includes('--plain');
const benchDir = join(root, '.cache', 'bench');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; beginData?: Record<string, unknown>; elementCount?: number; endData?: Record<string, unknown> };
}

/** The kinds of main-thread work a frame is made of, by the trace events that mark them. */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EventDispatch: 'input event',
  FireAnimationFrame: 'animation frame',
  TimerFire: 'timer',
  RunMicrotasks: 'microtasks',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  UpdateLayer: 'layer',
  Commit: 'commit',
  MinorGC: 'gc (minor)',
  MajorGC: 'gc (major)',
  'V8.GCScavenger': 'gc (minor)',
  'V8.GCFinalizeMC': 'gc (major)',
  HitTest: 'hit test',
  ParseHTML: 'parse HTML',
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = { pid: 0, tid: 0, count: -1 };
  for (const m of mains) {
    const count = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'FunctionCall').length;
    if (count > best.count) best = { pid: m.pid, tid: m.tid, count };
  }
  return best;
}

/** Time by kind within [from, to] (trace microseconds), counting each event's overlap. */
function byKind(events: TraceEvent[], from: number, to: number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const e of events) {
    const kind = KINDS[e.name];
    if (!kind || e.dur === undefined) continue;
    const overlap = Math.min(to, e.ts + e.dur) - Math.max(from, e.ts);
    if (overlap > 0) totals.set(kind, (totals.get(kind) ?? 0) + overlap / 1000);
  }
  return totals;
}

const show = (totals: Map<string, number>) =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`)
    .join(', ');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

async function zoomOnce(page: Page) {
  const surface = page.locator(DRIVERS.Sourceline.surfaceSelector).first();
  await surface.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  const box = await surface.boundingBox();
  if (!box) throw new Error('no zoom surface on screen');
  const x = box.x + box.width * 0.85;
  const y = box.y + box.height / 2;
  await DRIVERS.Sourceline.ready(page);
  return { x, y };
}

async function main() {
  const server = await loadServerEntry(join(root, '.cache/ssr/entry-server.js'));
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(join(benchDir, 'blank.html'), '<!doctype html><title>blank</title>');
  const story: Story = { name: `synthetic-${EVENTS}`, timeline: syntheticTimeline({ events: EVENTS, seed: 1 }), shipped: false, path: '' };
  writeSite(root, 'Sourceline', story, join(benchDir, story.name, 'Sourceline'), server, siteUrlFor(PORT, story, 'Sourceline'));
  const serve = spawn(process.execPath, [join(root, 'scripts/serve-static.mjs'), '--dir', benchDir, '--port', String(PORT), '--base', '/', '--isolated'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ready) => serve.stdout.once('data', ready));
  const browser = await chromium.launch({
    executablePath: (findChromium as () => string | null)() ?? undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const totals = { frames: 0, late: 0, lateMs: 0, p95: [] as number[] };
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript({ content: probeSource(DRIVERS.Sourceline.eventSelector) });
      await page.addInitScript({ content: USABLE_PROBE });
      const url = pageUrlFor(PORT, story, 'Sourceline');
      await page.goto(new URL('/blank.html', url).href);
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction('window.__usable >= 0', null, { timeout: 300_000, polling: 200 });
      await page.waitForTimeout(1500);
      const { x, y } = await zoomOnce(page);
      const census = `(() => { const plot = document.querySelector('[data-zoom-surface]'); const all = plot ? plot.querySelectorAll('*') : []; const tags = {}; for (const el of all) tags[el.tagName.toLowerCase()] = (tags[el.tagName.toLowerCase()] ?? 0) + 1; return all.length + ' elements in the plot (' + Object.entries(tags).sort((a, b) => b[1] - a[1]).map(([t, n]) => t + ' ' + n).join(', ') + '); marks ' + document.querySelectorAll('[data-event-id]').length + ', clusters ' + document.querySelectorAll('[data-cluster-size]').length + '; page elements ' + document.getElementsByTagName('*').length; })()`;
      console.log(`  before the zoom: ${await page.evaluate<string>(census)}`);
      if (PLAIN) {
        await page.evaluate(START_RECORDING);
        await DRIVERS.Sourceline.zoom(page, x, y);
        const plain = await page.evaluate<{ frames: number[] }>(STOP_RECORDING);
        const gaps = plain.frames.slice(1).map((t, i) => t - plain.frames[i]!);
        const late = gaps.filter((d) => d > 17.5);
        const lateAt = gaps.flatMap((d, i) => (d > 17.5 ? [`frame ${i + 1}: ${d.toFixed(0)} ms`] : []));
        totals.frames += gaps.length;
        totals.late += late.length;
        totals.lateMs += late.reduce((sum, d) => sum + d - 16.7, 0);
        totals.p95.push(percentile(gaps, 95));
        console.log(`run ${run + 1}: ${gaps.length} frames; p95 ${percentile(gaps, 95).toFixed(1)} ms; ${late.length} over 16.7 ms (${lateAt.join(', ')})`);
        await context.close();
        continue;
      }
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
      await cdp.send('Profiler.start');
      await page.evaluate(START_RECORDING);
      await DRIVERS.Sourceline.zoom(page, x, y);
      const recorded = await page.evaluate<{ frames: number[] }>(STOP_RECORDING);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number } };
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };

      console.log(`  after the zoom: ${await page.evaluate<string>(census)}`);
      const intervals = recorded.frames.slice(1).map((t, i) => t - recorded.frames[i]!);
      const over = intervals.filter((d) => d > 17.5).length;
      console.log(`\nrun ${run + 1}: ${intervals.length} frames; p50 ${percentile(intervals, 50).toFixed(1)}, p95 ${percentile(intervals, 95).toFixed(1)}, max ${Math.max(...intervals).toFixed(1)} ms; ${over} over 16.7 ms`);

      const events = trace.traceEvents;
      const { pid, tid } = mainThread(events);
      const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
      const frameMarks = main.filter((e) => e.name === 'FireAnimationFrame');
      const start = Math.min(...main.map((e) => e.ts));
      const end = Math.max(...main.map((e) => e.ts + (e.dur ?? 0)));
      console.log(`  main thread over the gesture (${((end - start) / 1000).toFixed(0)} ms traced): ${show(byKind(main, start, end))}`);
      // The tasks that ran longest: what fills an overrun frame.
      const heavy = (name: string) => main.filter((e) => e.name === name).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4);
      for (const e of [...heavy('Layout'), ...heavy('UpdateLayoutTree')]) console.log(`    ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${JSON.stringify(e.args).slice(0, 300)}`);
      const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
      console.log(`  ${frameMarks.length} animation-frame callbacks; the longest tasks:`);
      for (const task of tasks.slice(0, 6)) console.log(`    ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${show(byKind(main, task.ts, task.ts + (task.dur ?? 0)))}`);

      // Self time per function, from the sampling profile; and in the long script tasks, the time
      // each function was on the stack (inclusive), to see which step of a frame overran.
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
      const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
      const self = new Map<string, number>();
      const times: number[] = [];
      let clock = profile.startTime;
      profile.samples.forEach((id, i) => {
        clock += profile.timeDeltas[i] ?? 0;
        times.push(clock);
        const node = nodes.get(id);
        if (node) self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      const ranked = [...self].filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('(program)')).sort((a, b) => b[1] - a[1]);
      console.log(`  functions by self time (ms):`);
      for (const [key, ms] of ranked.slice(0, TOP)) console.log(`    ${ms.toFixed(1).padStart(6)}  ${key}`);
      const longScript = main.filter((e) => e.name === 'FunctionCall' && (e.dur ?? 0) > 8000);
      const inclusive = new Map<string, number>();
      let longMs = 0;
      for (const task of longScript) {
        longMs += (task.dur ?? 0) / 1000;
        profile.samples.forEach((id, i) => {
          const t = times[i]!;
          if (t < task.ts || t > task.ts + (task.dur ?? 0)) return;
          const seen = new Set<string>();
          for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
            const node = nodes.get(at);
            if (node) seen.add(keyOf(node));
          }
          for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        });
      }
      console.log(`  ${longScript.length} script tasks over 8 ms (${longMs.toFixed(0)} ms): functions by time on the stack in them (ms):`);
      for (const [key, ms] of [...inclusive].filter(([key]) => !key.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, TOP * 2)) console.log(`    ${ms.toFixed(1).padStart(6)}  ${key}`);
      await context.close();
    }
    if (PLAIN) console.log(`${RUNS} runs: ${totals.frames} frames, ${totals.late} over 16.7 ms (${((100 * totals.late) / totals.frames).toFixed(1)}%, ${totals.lateMs.toFixed(0)} ms late in all); runs with p95 over 16.7 ms: ${totals.p95.filter((p) => p > 17.5).length}`);
  } finally {
    await browser.close();
    serve.kill('SIGTERM');
  }
}

await main();
