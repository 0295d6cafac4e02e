import { describe, expect, it } from 'vitest';
import { MIN_BIN_OPACITY } from '../../../shared/color/lanePaint';
import { binOpacity, densityBins } from './overview';

describe('the overview’s density', () => {
  it('counts events into bins across the strip and leaves empty bins out', () => {
    const bins = densityBins([0, 1, 2, 50, 99, 100], { start: 0, end: 100 }, 100, 10);
    expect(bins).toEqual([
      { x: 0, width: 10, count: 3 },
      { x: 50, width: 10, count: 1 },
      { x: 90, width: 10, count: 2 },
    ]);
  });

  it('keeps every event, even outside the domain', () => {
    const times = Array.from({ length: 10_000 }, (_, i) => i * 37 - 500);
    const bins = densityBins(times, { start: 0, end: 300_000 }, 640, 2);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(10_000);
    expect(bins).toHaveLength(320);
  });
});

describe('a bin’s opacity', () => {
  it('runs from the faintest for one event to opaque for the busiest bin', () => {
    expect(binOpacity(1, 1)).toBe(1);
    expect(binOpacity(0, 9)).toBe(MIN_BIN_OPACITY);
    expect(binOpacity(1, 4)).toBeCloseTo(MIN_BIN_OPACITY + (1 - MIN_BIN_OPACITY) / 2, 10);
    expect(binOpacity(2, 9)).toBeLessThan(binOpacity(3, 9));
  });
});
