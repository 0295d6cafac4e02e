import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunk, chunkIndex, MAX_STEP, nextShown, nextStep } from './chunks';

describe('chunk', () => {
  it('cuts a list into runs of the given size, in order, the last shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
  });

  it('keeps every item once, in order, and no run is empty or too long', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 50 }), (items, size) => {
        const runs = chunk(items, size);
        expect(runs.flat()).toEqual(items);
        for (const run of runs) expect(run.length).toBeGreaterThan(0);
        for (const run of runs.slice(0, -1)) expect(run.length).toBe(size);
        expect(runs.length).toBe(Math.ceil(items.length / size));
      }),
    );
  });

  it('refuses a size that is not a positive whole number', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
    expect(() => chunk([1], 1.5)).toThrow(RangeError);
  });
});

describe('chunkIndex', () => {
  it('finds the chunk of each key', () => {
    const index = chunkIndex(chunk(['a', 'b', 'c', 'd', 'e'], 2), (id) => id);
    expect([...index]).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 1],
      ['d', 1],
      ['e', 2],
    ]);
  });
});

describe('nextShown', () => {
  it('shows a step more chunks, never more than there are', () => {
    expect(nextShown(0, 1, 3)).toBe(1);
    expect(nextShown(1, 4, 3)).toBe(3);
    expect(nextShown(3, 2, 3)).toBe(3);
    expect(nextShown(5, 1, 2)).toBe(2);
  });
});

describe('nextStep', () => {
  it('doubles a quick step, halves a slow one, keeps one within the budget', () => {
    expect(nextStep(4, 5, 40)).toBe(8);
    expect(nextStep(4, 50, 40)).toBe(2);
    expect(nextStep(4, 30, 40)).toBe(4);
  });

  it('stays between one chunk and the most a step may add', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_STEP }), fc.double({ min: 0, max: 10_000, noNaN: true }), (step, elapsed) => {
        const next = nextStep(step, elapsed);
        expect(next).toBeGreaterThanOrEqual(1);
        expect(next).toBeLessThanOrEqual(MAX_STEP);
      }),
    );
  });
});
