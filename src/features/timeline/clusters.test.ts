import { describe, expect, it } from 'vitest';
import { clusterWidth, clusterZoomWindow, groupByProximity } from './clusters';
import { DAY, HOUR, MIN_SPAN, spanOf } from './window';

describe('grouping by proximity', () => {
  it('runs neighbours closer than the threshold together', () => {
    expect(groupByProximity([0, 10, 20, 100, 105, 300], 30, 1000)).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 5 },
    ]);
    expect(groupByProximity([], 30, 1000)).toEqual([]);
  });

  it('cuts an even, dense stretch into runs no longer than the maximum span', () => {
    const xs = Array.from({ length: 101 }, (_, i) => i * 10);
    const runs = groupByProximity(xs, 30, 200);
    expect(runs.length).toBeGreaterThan(3);
    for (const run of runs) expect(xs[run.to]! - xs[run.from]!).toBeLessThanOrEqual(200);
    expect(runs.map((r) => r.to - r.from + 1).reduce((a, b) => a + b)).toBe(101);
  });

  it('splits as the same times spread with the zoom', () => {
    const times = [0, 1, 2, 3].map((d) => d * DAY);
    const at = (pxPerDay: number) => groupByProximity(times.map((t) => (t / DAY) * pxPerDay), 90, 500).length;
    expect(at(20)).toBe(1);
    expect(at(100)).toBe(4);
  });
});

describe('cluster marks', () => {
  it('are touch targets at least, and wide enough for their count', () => {
    expect(clusterWidth(2, 24)).toBe(28);
    expect(clusterWidth(10_000, 24)).toBeGreaterThan(clusterWidth(99, 24));
  });

  it('open onto a window about their members, always at least twice as close', () => {
    const domain = { start: 0, end: 60 * DAY };
    const members = [30 * DAY + 2 * HOUR, 30 * DAY + 10 * HOUR, 30 * DAY + 20 * HOUR];
    const opened = clusterZoomWindow(members, domain, domain, MIN_SPAN);
    expect(spanOf(opened)).toBeCloseTo(27 * HOUR, 6);
    for (const t of members) expect(t > opened.start && t < opened.end).toBe(true);
    const wide = clusterZoomWindow([0, 50 * DAY], domain, domain, MIN_SPAN);
    expect(spanOf(wide)).toBe(30 * DAY);
    const same = clusterZoomWindow([DAY, DAY], domain, domain, MIN_SPAN);
    expect(spanOf(same)).toBe(MIN_SPAN);
  });
});
