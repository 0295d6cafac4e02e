import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterWidth, clusterZoomWindow, groupByProximity, startsRun } from './clusters';
import { DAY, HOUR, MIN_SPAN, spanOf } from './window';

describe('grouping by proximity', () => {
  it('runs neighbours closer than the threshold together', () => {
    expect(groupByProximity([0, 10, 20, 100, 105, 300], { threshold: 30, maxSpan: 1000, origin: 0 })).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 5 },
    ]);
    expect(groupByProximity([], { threshold: 30, maxSpan: 1000, origin: 0 })).toEqual([]);
  });

  it('cuts an even, dense stretch into runs no longer than the maximum span', () => {
    const xs = Array.from({ length: 101 }, (_, i) => i * 10);
    const runs = groupByProximity(xs, { threshold: 30, maxSpan: 200, origin: 0 });
    expect(runs.length).toBeGreaterThan(3);
    for (const run of runs) expect(xs[run.to]! - xs[run.from]!).toBeLessThanOrEqual(200);
    expect(runs.map((r) => r.to - r.from + 1).reduce((a, b) => a + b)).toBe(101);
  });

  it('splits as the same times spread with the zoom', () => {
    const times = [0, 1, 2, 3].map((d) => d * DAY);
    const at = (pxPerDay: number) => groupByProximity(times.map((t) => (t / DAY) * pxPerDay), { threshold: 90, maxSpan: 500, origin: 0 }).length;
    expect(at(20)).toBe(1);
    expect(at(100)).toBe(4);
  });

  it('cuts a dense stretch where it crosses a multiple of the maximum span from the origin', () => {
    const xs = [95, 100, 105, 110];
    expect(groupByProximity(xs, { threshold: 30, maxSpan: 100, origin: 0 })).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 3 },
    ]);
    expect(groupByProximity(xs, { threshold: 30, maxSpan: 100, origin: 8 })).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 3 },
    ]);
  });

  it('property: grouping from any run start gives the same runs as grouping the whole lane', () => {
    const input = fc.record({
      xs: fc.array(fc.double({ min: -2000, max: 2000, noNaN: true }), { minLength: 1, maxLength: 200 }),
      threshold: fc.integer({ min: 5, max: 120 }),
      maxSpan: fc.integer({ min: 50, max: 600 }),
      at: fc.nat(),
    });
    fc.assert(
      fc.property(input, ({ xs, threshold, maxSpan, at }) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const proximity = { threshold, maxSpan, origin: sorted[0]! };
        const whole = groupByProximity(sorted, proximity);
        let from = at % sorted.length;
        while (!startsRun(sorted, from, proximity)) from -= 1;
        expect(groupByProximity(sorted, proximity, from)).toEqual(whole.filter((run) => run.from >= from));
        for (const run of whole) expect(sorted[run.to]! - sorted[run.from]!).toBeLessThanOrEqual(maxSpan);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
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
