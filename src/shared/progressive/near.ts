/**
 * Which chunks of a long region are near the screen: the plain part of rendering only those in
 * full. A chunk runs from its first element's top to the next chunk's; the last runs on below.
 */

/** Chunks `first` to `last`, inclusive; `last < first` is none. */
export interface ChunkRange {
  first: number;
  last: number;
}

/**
 * The chunks whose extent meets the band from `from` to `to` (screen coordinates, `from < to`),
 * given `count` chunks whose tops, `topOf(i)`, increase with `i`. Reads `topOf` a logarithmic
 * number of times, so a region of thousands of chunks costs a few reads a frame.
 */
export function chunksNear(count: number, topOf: (index: number) => number, from: number, to: number): ChunkRange {
  if (count === 0) return { first: -1, last: -2 };
  // The last chunk starting at or above `from`: the one `from` falls in (or the first, if all start below).
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (topOf(mid) <= from) low = mid;
    else high = mid - 1;
  }
  const first = low;
  // The last chunk starting before `to`.
  let last = first;
  high = count - 1;
  while (last < high) {
    const mid = (last + high + 1) >> 1;
    if (topOf(mid) < to) last = mid;
    else high = mid - 1;
  }
  // A first chunk that starts below the band does not meet it.
  if (topOf(first) >= to) return { first: -1, last: -2 };
  return { first, last };
}

/** Whether chunk `index` is in `range`. */
export const inRange = (range: ChunkRange, index: number) => range.first <= index && index <= range.last;
