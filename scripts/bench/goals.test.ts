import { describe, expect, it } from 'vitest';
import { goalNotes } from './goals.ts';
import type { Cell, RunResult } from './results.ts';

const run = (figures: Partial<RunResult>): RunResult => ({
  firstEvent: 200,
  wholeMs: Number.NaN,
  heapMb: 10,
  layoutShift: 0,
  zoom: { p50: 16.7, p95: 16.7, longTasks: 0, longTaskMs: 0 },
  pan: { p50: 16.7, p95: 16.7, longTasks: 0, longTaskMs: 0 },
  js: { raw: 300_000, gzip: 100_000 },
  css: { raw: 0, gzip: 0 },
  html: { raw: 90_000, gzip: 16_000 },
  foreignRequests: 0,
  ...figures,
});

const cell = (story: string, events: number, tool: Cell['tool'], runs: RunResult[]): Cell => ({ story, events, tool, runs });

describe('the bench’s goals', () => {
  it('holds the heap at 10,000 events against 30 MiB, from the median of the runs', () => {
    // 31 MB is 29.6 MiB: met; 32 MB is 30.5 MiB: missed.
    const under = goalNotes([cell('synthetic-10000', 10_000, 'Sourceline', [run({ heapMb: 31 }), run({ heapMb: 31.4 }), run({ heapMb: 90 })])]);
    expect(under).toContain('synthetic-10000: heap 29.9 MiB after load and a garbage collection (goal ≤ 30 MiB: met).');
    const over = goalNotes([cell('synthetic-10000', 10_000, 'Sourceline', [run({ heapMb: 32 })])]);
    expect(over).toContain('synthetic-10000: heap 30.5 MiB after load and a garbage collection (goal ≤ 30 MiB: missed).');
  });

  it('holds the whole page at 100,000 events against 5 s, and a time not measured is missed', () => {
    const slow = goalNotes([cell('synthetic-100000', 100_000, 'Sourceline', [run({ wholeMs: 11_600 }), run({ wholeMs: 12_000 }), run({ wholeMs: 4_000 })])]);
    expect(slow).toContain('synthetic-100000: the whole page (list, article, figures) 11.6 s after the first event (goal ≤ 5 s: missed).');
    const quick = goalNotes([cell('synthetic-100000', 100_000, 'Sourceline', [run({ wholeMs: 4_900 })])]);
    expect(quick).toContain('synthetic-100000: the whole page (list, article, figures) 4.9 s after the first event (goal ≤ 5 s: met).');
    const none = goalNotes([cell('synthetic-100000', 100_000, 'Sourceline', [run({})])]);
    expect(none).toContain('synthetic-100000: the whole page (list, article, figures) not measured after the first event (goal ≤ 5 s: missed).');
    // No heap goal at 100,000 events, no whole-page goal at 10,000.
    expect(slow.some((note) => note.includes('MiB'))).toBe(false);
  });

  it('keeps the first-event and frame goals, against each anchor', () => {
    const notes = goalNotes([
      cell('synthetic-10000', 10_000, 'Sourceline', [run({ firstEvent: 300, zoom: { p50: 16.7, p95: 33.3, longTasks: 0, longTaskMs: 0 } })]),
      cell('synthetic-10000', 10_000, 'vis-timeline', [run({ firstEvent: 3_000 })]),
    ]);
    expect(notes).toContain('synthetic-10000: first event 300 ms against vis-timeline\'s 3000 ms (10 %; goal ≤ 50 %: met).');
    expect(notes).toContain('synthetic-10000: p95 frame 33.3 ms zooming, 16.7 ms panning (goal ≤ 16.7 ms: missed).');
  });
});
