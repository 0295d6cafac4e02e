/**
 * `npm run bench [-- --runs 5 --stories real,20,1000,10000,100000 --story gaza-truce --tools Sourceline,TimelineJS3,vis-timeline --timeout 60]`
 *
 * `real` is a story of the site as built, the one `--story` names (its slug); without it, the story
 * that keeps the site root's old links, or else the first of `public/data/stories.json`.
 *
 * Sourceline against TimelineJS3 and vis-timeline in the system Chromium: production builds served
 * from localhost, the same story for each, interleaved runs, medians. For each story and tool it
 * measures bytes, time to first event on screen, heap, layout shift, and frame times and long
 * tasks during a scripted zoom and pan; it prints a table per story and writes `docs/benchmark.md`
 * and `docs/benchmark.svg` (with `--no-report`, only prints). Timings belong in a report, not in a
 * pass/fail check, so this is not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the test runner, without type declarations.
import { findChromium } from '../chromium.mjs';
import { validateTimeline } from '../../src/shared/schema/validate.ts';
import { syntheticTimeline } from './synthetic.ts';
import { pageUrlFor, siteUrlFor, writeSite, type Story } from './sites.ts';
import { isSiteIndex } from '../../src/shared/schema/stories.ts';
import { loadServerEntry } from '../prerender/pageHtml.ts';
import { DRIVERS, TOOLS, type Tool } from './tools.ts';
import { probeSource, START_RECORDING, STOP_RECORDING } from './probe.ts';
import { frameTimes, percentile, rotation } from './stats.ts';
import { type Bytes, type Cell, type GestureFigures, type RunResult } from './results.ts';
import { chartSvg, reportMarkdown, storyTable, type Machine } from './report.ts';
import { goalNotes } from './goals.ts';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const RUNS = Math.max(1, Number(option('runs', '5')));
const PORT = Number(option('port', process.env.BENCH_PORT ?? '4321'));
const TIMEOUT = Number(option('timeout', '60')) * 1000;
const STORIES = option('stories', 'real,20,1000,10000,100000').split(',');
const REAL_STORY = option('story', '');
const TOOL_LIST = option('tools', TOOLS.join(',')).split(',') as Tool[];
const REPORT = !args.includes('--no-report');
const benchDir = join(root, '.cache', 'bench');
const VIEWPORT = { width: 1280, height: 800 }; // as in the reference figures

/** An empty page at the bench server's root. */
const BLANK_PAGE = '/blank.html';

const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length;

function loadStories(): Story[] {
  return STORIES.map((name) => {
    if (name === 'real') return realStory();
    const count = Number(name);
    if (!Number.isInteger(count) || count < 1) throw new Error(`--stories: "${name}" is neither "real" nor a number of events`);
    return { name: `synthetic-${count}`, timeline: syntheticTimeline({ events: count, seed: 1 }), shipped: false, path: '' };
  });
}

/** The site's story the bench measures as `real`, as the build ships it. */
function realStory(): Story {
  const index: unknown = JSON.parse(readFileSync(join(root, 'public/data/stories.json'), 'utf8'));
  if (!isSiteIndex(index)) throw new Error('public/data/stories.json is not a list of stories: run npm run data');
  const entry = REAL_STORY ? index.stories.find((s) => s.slug === REAL_STORY) : (index.stories.find((s) => s.slug === index.rootLinks) ?? index.stories[0]);
  if (!entry) throw new Error(`--story: the site has no story "${REAL_STORY}" (its stories: ${index.stories.map((s) => s.slug).join(', ')})`);
  const file = `public/${entry.path}data/timeline.json`;
  const result = validateTimeline(JSON.parse(readFileSync(join(root, file), 'utf8')));
  if (!result.ok) throw new Error(`${file} is invalid: run npm run data`);
  console.log(`bench: the real story is ${entry.slug} ("${entry.title}", ${entry.events} events)`);
  return { name: 'real', timeline: result.timeline, shipped: true, path: entry.path };
}

/** The file the bench server sends for `url`, or nothing when there is none. */
function servedFile(url: string): Buffer {
  const { pathname } = new URL(url);
  const path = join(benchDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

function gestureFigures(recorded: { frames: number[]; longTasks: number[] }): GestureFigures {
  const durations = frameTimes(recorded.frames);
  return {
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    longTasks: recorded.longTasks.length,
    longTaskMs: recorded.longTasks.reduce((sum, d) => sum + d, 0),
  };
}

/** True when a page could not be closed: the browser is to be replaced before the next run. */
let browserStuck = false;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether `step` settles within `ms`. */
async function within(step: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([step.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: (findChromium as () => string | null)() ?? undefined,
    // Every host but this one fails at once, as it would offline: no waiting on DNS or a timeout.
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'],
  });
}

async function runOnce(browser: Browser, tool: Tool, url: string): Promise<RunResult> {
  const driver = DRIVERS[tool];
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    // Counted, not intercepted: intercepting requests (page.route) holds every one of them, the
    // page's own included, for a round trip to this process. The browser itself fails other hosts.
    let foreignRequests = 0;
    page.on('request', (request) => {
      const { protocol, hostname } = new URL(request.url());
      if (protocol.startsWith('http') && hostname !== '127.0.0.1') foreignRequests += 1;
    });
    const bodies: Promise<[string, Buffer]>[] = [];
    page.on('response', (response) => {
      const kind = response.request().resourceType();
      const { hostname, pathname } = new URL(response.url());
      if (hostname === '127.0.0.1' && pathname !== BLANK_PAGE && (kind === 'script' || kind === 'stylesheet' || kind === 'document')) {
        // The browser may not hand back a very large body (a 100,000-event page is 39 MB): read it from the folder served.
        bodies.push(response.body().then((body) => [kind, body] as [string, Buffer]).catch(() => [kind, servedFile(response.url())] as [string, Buffer]));
      }
    });
    await page.addInitScript({ content: probeSource(driver.eventSelector) });
    // Cross-origin isolated pages (see startServer) need a process of their own: open a blank one
    // on the same origin first, so the story's navigation starts, as a reader's would, in a ready
    // process, and no tool's load includes the browser starting one.
    await page.goto(new URL(BLANK_PAGE, url).href, { waitUntil: 'load', timeout: TIMEOUT });
    await stage('did not start loading', page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT }));
    await stage('did not show an event', page.waitForFunction('window.__bench && window.__bench.firstEvent >= 0', null, { timeout: TIMEOUT, polling: 100 }));
    const firstEvent = await page.evaluate<number>('window.__bench.firstEvent');
    // A long story fills its list, article and figures after the chart, with aria-busy while it
    // does: from here, the moment the page is whole (to 0.1 s), watched while the other steps wait.
    const whole = driver.fillsInSteps
      ? stage('did not finish filling its page', page.waitForFunction(`document.querySelector('[aria-busy="true"]') === null && performance.now()`, null, { timeout: TIMEOUT * 4, polling: 100 }).then((handle) => handle.jsonValue() as Promise<number>))
      : Promise.resolve(Number.NaN);
    whole.catch(() => undefined);
    await stage('showed an event but did not finish loading', page.waitForLoadState('networkidle', { timeout: TIMEOUT }));
    // The gestures measure the page at rest, not its loading: wait for a second without a long task.
    await stage(
      'showed an event but was never a second without a long task',
      page.waitForFunction(
        `(() => { const tasks = window.__bench.longTasks; const last = tasks.length ? tasks[tasks.length - 1][0] + tasks[tasks.length - 1][1] : 0; return performance.now() - last > 1000; })()`,
        null,
        { timeout: TIMEOUT, polling: 200 },
      ),
    );
    const layoutShift = await page.evaluate<number>('window.__bench.layoutShift');
    const bytes: Record<string, Bytes> = { script: { raw: 0, gzip: 0 }, stylesheet: { raw: 0, gzip: 0 }, document: { raw: 0, gzip: 0 } };
    for (const [kind, body] of await Promise.all(bodies)) {
      bytes[kind]!.raw += body.length;
      bytes[kind]!.gzip += gzip(body);
    }
    // The heap of the whole page, once a long story has filled in (see `whole` above).
    const wholeMs = (await whole) - firstEvent;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

    const surface = page.locator(driver.surfaceSelector).first();
    await surface.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    const box = await surface.boundingBox();
    if (!box) throw new Error('no zoom surface on screen');
    // Near the right, where the stories are busy (the real one's truce week); the pan near the bottom edge, on the axis.
    const x = box.x + box.width * 0.85;
    const y = box.y + box.height / 2;
    await driver.ready(page);
    await page.evaluate(START_RECORDING);
    await driver.zoom(page, x, y);
    const zoom = gestureFigures(await page.evaluate<{ frames: number[]; longTasks: number[] }>(STOP_RECORDING));
    await page.waitForTimeout(300);
    await page.evaluate(START_RECORDING);
    await driver.pan(page, x, box.y + box.height - 8);
    const pan = gestureFigures(await page.evaluate<{ frames: number[]; longTasks: number[] }>(STOP_RECORDING));
    return {
      firstEvent,
      wholeMs,
      heapMb: usedSize / 1e6,
      layoutShift,
      zoom,
      pan,
      js: bytes.script!,
      css: bytes.stylesheet!,
      html: bytes.document!,
      foreignRequests,
    };
  } finally {
    // A renderer that ran out of its wits (TimelineJS3 on 100,000 events grew to 12 GB) may never
    // close: the run is then over and the browser is started afresh for the next one.
    if (!(await within(context.close(), 20_000))) browserStuck = true;
  }
}

/**
 * The bench's static server. Every page it sends is cross-origin isolated (COOP and COEP), for
 * every tool alike: the page's clock is then precise to 5 µs, not
 * rounded to 100 µs, so a frame of 16.67 ms reads as that and not as 16.6, 16.7 or 16.8 ms.
 */
function startServer(): Promise<() => void> {
  const server = spawn(process.execPath, [join(root, 'scripts/serve-static.mjs'), '--dir', benchDir, '--port', String(PORT), '--base', '/', '--isolated'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.once('exit', (code) => fail(new Error(`the static server stopped (exit code ${code}); is port ${PORT} in use? Try --port`)));
    server.stdout.once('data', () => ready(() => server.kill('SIGTERM')));
  });
}

/** Names the step of a run that timed out, so a report says what the tool failed to do. */
class StageTimeout extends Error {}

async function stage<T>(failure: string, step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (error instanceof Error && /Timeout/i.test(error.message)) throw new StageTimeout(`${failure} within ${TIMEOUT / 1000} s`);
    throw error;
  }
}

function firstLine(error: unknown): string {
  if (error instanceof StageTimeout) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 120);
}

async function main() {
  const stories = loadStories();
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(join(benchDir, BLANK_PAGE), '<!doctype html><title>blank</title>');
  // The server renderer the build made (npm run bench builds first): it prerenders a synthetic story's page.
  const server = await loadServerEntry(join(root, '.cache/ssr/entry-server.js'));
  const cells: Cell[] = [];
  for (const story of stories) {
    for (const tool of TOOL_LIST) {
      writeSite(root, tool, story, join(benchDir, story.name, tool), server, siteUrlFor(PORT, story, tool));
      cells.push({ story: story.name, events: story.timeline.events.length, tool, runs: [] });
    }
  }
  const stop = await startServer();
  let browser = await launchBrowser();
  const machine: Machine = {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    viewport: `${VIEWPORT.width} × ${VIEWPORT.height}`,
    runs: RUNS,
  };
  console.log(`bench: ${RUNS} runs, interleaved; ${machine.cpu}, ${machine.cores} cores; Chromium ${machine.chromium}; viewport ${machine.viewport}`);
  try {
    for (const story of stories) {
      for (let run = 0; run < RUNS; run += 1) {
        for (const tool of rotation(TOOL_LIST, run)) {
          const cell = cells.find((c) => c.story === story.name && c.tool === tool)!;
          if (cell.failure || (cell.failedRuns?.length ?? 0) >= 2) continue;
          try {
            // A renderer busy in one endless task answers none of the waits above, whose timeouts
            // then never fire (TimelineJS3 on 100,000 events): the whole run has a limit of its own.
            const attempt = runOnce(browser, tool, pageUrlFor(PORT, story, tool));
            const result = await Promise.race([attempt, delay(TIMEOUT * 4).then(() => ({ stuck: true as const }))]);
            if ('stuck' in result) {
              attempt.catch(() => {});
              browserStuck = true;
              throw new StageTimeout(`stopped answering within ${(TIMEOUT * 4) / 1000} s`);
            }
            cell.runs.push(result);
            console.log(
              `  ${story.name} · ${tool} run ${run + 1}: first event ${result.firstEvent.toFixed(0)} ms; zoom p95 ${result.zoom.p95.toFixed(1)} ms; pan p95 ${result.pan.p95.toFixed(1)} ms; heap ${result.heapMb.toFixed(1)} MB`,
            );
          } catch (error) {
            const reason = firstLine(error);
            console.log(`  ${story.name} · ${tool} run ${run + 1}: ${reason}`);
            // A tool that fails before any run finished is given up on; failures among finished
            // runs are reported beside their medians. Either way each failure costs the whole
            // timeout, so a tool is not tried again on this story after its second.
            if (cell.runs.length === 0) cell.failure = reason;
            else cell.failedRuns = [...(cell.failedRuns ?? []), reason];
          }
          if (browserStuck) {
            console.log('  (a page would not close: starting the browser again)');
            await within(browser.close(), 20_000);
            browser = await launchBrowser();
            browserStuck = false;
          }
        }
      }
      console.log(`\n${story.name}, medians of ${RUNS} runs:\n${storyTable(cells.filter((c) => c.story === story.name))}\n`);
    }
  } finally {
    await within(browser.close(), 20_000);
    stop();
  }
  const notes = goalNotes(cells);
  for (const note of notes) console.log(note);
  if (REPORT) {
    writeFileSync(join(root, 'docs/benchmark.md'), reportMarkdown(cells, machine, notes));
    writeFileSync(join(root, 'docs/benchmark.svg'), chartSvg(cells));
    console.log('wrote docs/benchmark.md and docs/benchmark.svg');
  }
}

await main();
