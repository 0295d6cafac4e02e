/**
 * `npx tsx scripts/bench/inspect.ts [--events 10000,100000] [--port 4321] [--snapshot] [--top 15]`
 *
 * A closer look at Sourceline alone on synthetic stories, after `npm run build`: for each size,
 * the time to the first event and until the whole page is usable (no region still busy filling),
 * the longest task between the two (how long a key or a click may wait for an answer meanwhile),
 * the JavaScript heap after load and a garbage collection (as `npm run bench` measures it), the
 * time a URL write takes in the page at rest (`history.replaceState` with a new `?view=`, and a
 * hash change), and with `--snapshot` what the heap holds: a heap snapshot's largest groups of
 * objects by constructor, with their count and shallow size. Prints figures; writes nothing but
 * the pages it serves under `.cache/bench/`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the test runner, without type declarations.
import { findChromium } from '../chromium.mjs';
import { loadServerEntry } from '../prerender/pageHtml.ts';
import { syntheticTimeline } from './synthetic.ts';
import { pageUrlFor, siteUrlFor, writeSite, type Story } from './sites.ts';
import { probeSource } from './probe.ts';
import { DRIVERS } from './tools.ts';
import { URL_WRITE_PROBE, USABLE_PROBE, type UrlWriteTimes } from './pageProbes.ts';
import { heapGroups, type HeapSnapshot } from './heapSnapshot.ts';
import { longestTaskAfter } from './stats.ts';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const SIZES = option('events', '10000,100000').split(',').map(Number);
const PORT = Number(option('port', process.env.BENCH_PORT ?? '4321'));
const TOP = Number(option('top', '15'));
const SNAPSHOT = args.includes('--snapshot');
const benchDir = join(root, '.cache', 'bench');

async function snapshotOf(cdp: CDPSession): Promise<HeapSnapshot> {
  const parts: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }: { chunk: string }) => parts.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  return JSON.parse(parts.join('')) as HeapSnapshot;
}

async function main() {
  const server = await loadServerEntry(join(root, '.cache/ssr/entry-server.js'));
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(join(benchDir, 'blank.html'), '<!doctype html><title>blank</title>');
  const stories: Story[] = SIZES.map((count) => ({ name: `synthetic-${count}`, timeline: syntheticTimeline({ events: count, seed: 1 }), shipped: false, path: '' }));
  for (const story of stories) writeSite(root, 'Sourceline', story, join(benchDir, story.name, 'Sourceline'), server, siteUrlFor(PORT, story, 'Sourceline'));
  const serve = spawn(process.execPath, [join(root, 'scripts/serve-static.mjs'), '--dir', benchDir, '--port', String(PORT), '--base', '/', '--isolated'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ready) => serve.stdout.once('data', ready));
  const browser = await chromium.launch({
    executablePath: (findChromium as () => string | null)() ?? undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'],
  });
  try {
    for (const story of stories) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript({ content: probeSource(DRIVERS.Sourceline.eventSelector) });
      await page.addInitScript({ content: USABLE_PROBE });
      const url = pageUrlFor(PORT, story, 'Sourceline');
      await page.goto(new URL('/blank.html', url).href);
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction('window.__bench && window.__bench.firstEvent >= 0', null, { timeout: 120_000, polling: 100 });
      await page.waitForFunction('window.__usable >= 0', null, { timeout: 300_000, polling: 200 });
      const { firstEvent, usable, regions, longTasks } = await page.evaluate<{ firstEvent: number; usable: number; regions: Record<string, number>; longTasks: [number, number][] }>(
        '({ firstEvent: window.__bench.firstEvent, usable: window.__usable, regions: window.__regions, longTasks: window.__bench.longTasks })',
      );
      await page.waitForTimeout(1000);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const writes = await page.evaluate<UrlWriteTimes>(URL_WRITE_PROBE);
      const counts = await page.evaluate<string>(`(() => 'elements ' + document.getElementsByTagName('*').length + ', links ' + document.links.length + ', buttons ' + document.getElementsByTagName('button').length)()`);
      console.log(
        `${story.name}: first event ${firstEvent.toFixed(0)} ms; usable ${usable.toFixed(0)} ms (${(usable - firstEvent).toFixed(0)} ms after the first event); heap ${(usedSize / 1e6).toFixed(1)} MB (${(usedSize / 2 ** 20).toFixed(1)} MiB); replaceState median ${writes.replace.toFixed(1)} ms, max ${writes.replaceMax.toFixed(1)} ms; hash change median ${writes.hash.toFixed(1)} ms; ${counts}`,
      );
      // A snapshot of a 100,000-event page is larger than a string Node can join: sizes up to 50,000 only.
      console.log(`  whole, ms after the first event: ${Object.entries(regions).map(([name, at]) => `${name} ${(at - firstEvent).toFixed(0)}`).join(', ')}`);
      // How long the reader may wait for an answer to a key or a click once the chart is there.
      console.log(`  longest task from the first event until whole: ${longestTaskAfter(longTasks.filter(([start]) => start < usable), firstEvent).toFixed(0)} ms`);
      if (SNAPSHOT && story.timeline.events.length <= 50_000) {
        await cdp.send('HeapProfiler.collectGarbage');
        const groups = heapGroups(await snapshotOf(cdp)).slice(0, TOP);
        console.log('  what the heap holds, by constructor (count, shallow size):');
        for (const group of groups) console.log(`    ${(group.size / 1e6).toFixed(2).padStart(7)} MB  ${String(group.count).padStart(8)}  ${group.name}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    serve.kill('SIGTERM');
  }
}

await main();
