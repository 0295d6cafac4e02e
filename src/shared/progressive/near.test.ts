import { describe, expect, it } from 'vitest';
import { chunksNear, inRange } from './near';

/** Chunks `height` px tall each, the first starting at `top`. */
const tops = (top: number, height: number) => (index: number) => top + index * height;

describe('the chunks near the screen', () => {
  it('are those whose extent meets the band, a chunk running to the next one’s top', () => {
    // Chunks of 1,000 px from 0: the band 2,500..4,200 meets chunks 2 (2,000..3,000), 3 and 4 (4,000..5,000).
    expect(chunksNear(10, tops(0, 1000), 2500, 4200)).toEqual({ first: 2, last: 4 });
  });

  it('include a chunk taller than the band, which the band falls inside', () => {
    expect(chunksNear(5, tops(-10_000, 8000), 100, 900)).toEqual({ first: 1, last: 1 });
  });

  it('are none when the region starts below the band', () => {
    const range = chunksNear(5, tops(5000, 100), -800, 1600);
    expect(range.last).toBeLessThan(range.first);
    expect(inRange(range, 0)).toBe(false);
  });

  it('are the last one when the band is below the region’s last top', () => {
    expect(chunksNear(4, tops(-5000, 100), 0, 800)).toEqual({ first: 3, last: 3 });
  });

  it('read few tops for thousands of chunks', () => {
    let reads = 0;
    const range = chunksNear(5000, (index) => {
      reads += 1;
      return index * 100 - 200_000;
    }, 0, 800);
    expect(range).toEqual({ first: 2000, last: 2007 });
    expect(reads).toBeLessThan(40);
  });

  it('are none in an empty region', () => {
    expect(inRange(chunksNear(0, tops(0, 1), 0, 1), 0)).toBe(false);
  });
});
