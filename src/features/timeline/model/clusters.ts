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

/** How positions group into runs. */
export interface Proximity {
  /** Neighbours nearer than this run together. */
  threshold: number;
  /**
   * The longest stretch a run may cover: runs are cut where the positions cross a multiple of it
   * counted from `origin`, so a long, evenly dense stretch becomes several clusters rather than
   * one that covers everything.
   */
  maxSpan: number;
  /** Where those stretches are counted from: the lane's first position, so the cuts move with the events as the reader pans. */
  origin: number;
}

/**
 * Whether item `i` starts a run: it is the first, or it is at least the threshold from the item
 * before it, or it is in a later stretch than that item. This depends on the two items alone, so
 * a run can be found without grouping everything before it.
 */
export function startsRun(xs: ArrayLike<number>, i: number, { threshold, maxSpan, origin }: Proximity): boolean {
  if (i <= 0) return true;
  const x = xs[i]!;
  const before = xs[i - 1]!;
  return x - before >= threshold || Math.floor((x - origin) / maxSpan) !== Math.floor((before - origin) / maxSpan);
}

/** Splits the positions `from`..`to` (inclusive, ascending; all of them by default) into runs. */
export function groupByProximity(xs: ArrayLike<number>, proximity: Proximity, from = 0, to = xs.length - 1): Run[] {
  const runs: Run[] = [];
  if (to < from) return runs;
  let start = from;
  for (let i = from + 1; i <= to; i += 1) {
    if (startsRun(xs, i, proximity)) {
      runs.push({ from: start, to: i - 1 });
      start = i;
    }
  }
  runs.push({ from: start, to });
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
