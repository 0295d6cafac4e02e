import { clampWindow, spanOf, type TimeWindow } from './window';

/**
 * Clustering: marks closer than a label needs collapse into one mark with a count. Distances are
 * in pixels at the current zoom, so a cluster splits as the reader zooms in.
 */

/** A run of neighbouring items by index into a lane's items (ordered by x), `from` to `to` inclusive. */
export interface Run {
  from: number;
  to: number;
}

/**
 * Splits positions (ascending) into runs: an item joins the run before it when it is closer
 * than `threshold` to its neighbour, unless the run would then stretch beyond `maxSpan`, so a
 * long, evenly dense stretch becomes several clusters rather than one that covers everything.
 */
export function groupByProximity(xs: ArrayLike<number>, threshold: number, maxSpan: number): Run[] {
  const runs: Run[] = [];
  if (xs.length === 0) return runs;
  let from = 0;
  for (let i = 1; i < xs.length; i += 1) {
    const x = xs[i]!;
    if (x - xs[i - 1]! >= threshold || x - xs[from]! > maxSpan) {
      runs.push({ from, to: i - 1 });
      from = i;
    }
  }
  runs.push({ from, to: xs.length - 1 });
  return runs;
}

/** A cluster mark's width: at least a touch target, wide enough for its count. */
export function clusterWidth(count: number, markSize: number): number {
  return Math.max(markSize + 4, 14 + 7.5 * String(count).length);
}

/**
 * The window that opens a cluster whose members sit at `times`: the members' span fills about
 * two thirds of it, and it is at least twice as close as the current view, so one activation
 * always splits the cluster or reaches the deepest zoom.
 */
export function clusterZoomWindow(times: readonly number[], view: TimeWindow, domain: TimeWindow, minSpan: number): TimeWindow {
  // A loop, not Math.min(...times): a cluster of 100,000 members is too many arguments for a call.
  let first = Infinity;
  let last = -Infinity;
  for (const time of times) {
    first = Math.min(first, time);
    last = Math.max(last, time);
  }
  const span = Math.min(spanOf(view) / 2, Math.max(minSpan, (last - first) * 1.5));
  const centre = (first + last) / 2;
  return clampWindow({ start: centre - span / 2, end: centre + span / 2 }, domain, minSpan);
}
