import { describe, expect, it } from 'vitest';
import type { Cell, RunResult } from './results.ts';
import { chartSvg, reportMarkdown, storyTable } from './report.ts';

const run = (firstEvent: number, zoomP95: number): RunResult => ({
  firstEvent,
  wholeMs: Number.NaN,
  heapMb: 10,
  layoutShift: 0,
  zoom: { p50: 16.7, p95: zoomP95, longTasks: 0, longTaskMs: 0 },
  pan: { p50: 16.7, p95: 16.7, longTasks: 0, longTaskMs: 0 },
  js: { raw: 300_000, gzip: 100_000 },
  css: { raw: 0, gzip: 0 },
  html: { raw: 90_000, gzip: 16_000 },
  foreignRequests: 0,
});

const cells: Cell[] = [
  { story: 'real', events: 18, tool: 'Sourceline', runs: [run(100, 17), run(120, 18), run(110, 16)] },
  { story: 'real', events: 18, tool: 'TimelineJS3', runs: [run(300, 40), run(280, 41), run(310, 39)] },
  { story: 'real', events: 18, tool: 'vis-timeline', runs: [], failure: 'did not show an event within 60 s' },
];

describe('the benchmark report', () => {
  it('tables the median of each tool’s runs, and says why a tool has none', () => {
    const table = storyTable(cells);
    expect(table.split('\n')).toHaveLength(5);
    expect(table).toContain('| Sourceline | 100.0 / 300.0 |');
    expect(table).toMatch(/\| Sourceline \|.*\| 110 \|/);
    expect(table).toContain('| vis-timeline | did not show an event within 60 s');
  });

  it('keeps the runs that finished when one failed, and says how many are in the medians', () => {
    const partly: Cell = { story: 'real', events: 18, tool: 'TimelineJS3', runs: [run(300, 40), run(500, 41)], failedRuns: ['did not show an event within 60 s'] };
    const table = storyTable([partly]);
    expect(table).toMatch(/\| TimelineJS3 \(2 runs; 1 failed\) \|.*\| 400 \|/);
  });

  it('draws a bar per measured tool and story, on a log scale, and a note for the rest', () => {
    const svg = chartSvg(cells);
    const bars = [...svg.matchAll(/<rect ([^>]*)>/g)].map((m) => ({
      tool: /data-tool="([^"]+)"/.exec(m[1]!)?.[1],
      width: Number(/ width="([\d.]+)"/.exec(m[1]!)?.[1]),
    }));
    expect(bars.map((b) => b.tool)).toEqual(['Sourceline', 'TimelineJS3', 'Sourceline', 'TimelineJS3']);
    // 110 ms against 300 ms: on a log scale the second bar is longer, but not three times as long.
    const [sourceline, timelinejs] = bars.slice(0, 2).map((b) => b.width);
    expect(timelinejs!).toBeGreaterThan(sourceline!);
    expect(timelinejs! / sourceline!).toBeLessThan(3);
    expect(svg).toContain('vis-timeline: did not show an event within 60 s');
  });

  it('names the machine, the date and the number of runs', () => {
    const page = reportMarkdown(cells, { date: '2026-11-26', cpu: 'Test CPU', cores: 2, memoryGb: 24, os: 'Linux', node: 'v20', chromium: '156', viewport: '1280 × 800', runs: 3 }, ['a note']);
    expect(page).toContain('Measured on 2026-11-26');
    expect(page).toContain('Test CPU, 2 cores, 24 GB');
    expect(page).toContain('median of 3 runs');
    expect(page).toContain('![Time to first event');
    expect(page).toContain('- a note');
  });
});
