import { describe, expect, it } from 'vitest';
import { frameTimes, longestTaskAfter, median, percentile, rotation } from './stats.ts';

describe('benchmark statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('takes medians of odd and even counts, ignoring runs that did not finish', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 7, 9])).toBe(8);
    expect(median([])).toBeNaN();
  });

  it('turns frame timestamps into frame durations', () => {
    const durations = frameTimes([0, 16, 32, 80]);
    expect(durations).toEqual([16, 16, 48]);
    expect(frameTimes([5])).toEqual([]);
  });

  it('rotates the order of the tools from run to run', () => {
    expect(rotation(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotation(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotation(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
  });

  it('finds the longest task still running after a moment, ignoring those that ended before it', () => {
    const tasks: [number, number][] = [[100, 900], [1200, 300], [1600, 120], [2000, 80]];
    expect(longestTaskAfter(tasks, 1100)).toBe(300);
    // One that started before the moment but ran past it counts.
    expect(longestTaskAfter(tasks, 950)).toBe(900);
    expect(longestTaskAfter(tasks, 5000)).toBe(0);
    expect(longestTaskAfter([], 0)).toBe(0);
  });
});
