/**
 * The overview strip's picture of the whole story: how many events fall in each slice of it,
 * lane by lane. Counting into a few hundred bins keeps the strip cheap at 10,000 events.
 */

// The faintest a bin is drawn (the busiest is opaque): still 3:1 against the strip's ground, so a
// lone event shows; a story's colours are checked for it when its data is built (laneContrast.ts).
import { MIN_BIN_OPACITY } from '../../../shared/color/lanePaint';

/** How opaque a bin of `count` events is drawn, when the busiest bin holds `most`. */
export function binOpacity(count: number, most: number): number {
  return MIN_BIN_OPACITY + (1 - MIN_BIN_OPACITY) * Math.sqrt(count / Math.max(1, most));
}

/** One slice of the strip with events in it. */
export interface DensityBin {
  x: number;
  width: number;
  count: number;
}

/**
 * Counts `times` into bins `binPx` wide across `width` pixels covering `domain`; empty bins are
 * left out. Times outside the domain go to the first or last bin.
 */
export function densityBins(times: readonly number[], domain: { start: number; end: number }, width: number, binPx: number): DensityBin[] {
  const bins = Math.max(1, Math.floor(width / binPx));
  const binWidth = width / bins;
  const counts = new Uint32Array(bins);
  const span = domain.end - domain.start;
  for (const time of times) {
    const at = Math.floor(((time - domain.start) / span) * bins);
    counts[Math.min(bins - 1, Math.max(0, at))]! += 1;
  }
  const out: DensityBin[] = [];
  counts.forEach((count, i) => {
    if (count > 0) out.push({ x: i * binWidth, width: binWidth, count });
  });
  return out;
}
