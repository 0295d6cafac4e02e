import type { ChartRow } from './layout';
import type { TimeScale } from './scale';

/**
 * The bars that show how long events last. Each event's bar runs through its own track, where
 * stacking keeps every other event's box clear of it, so two events' bars never meet. Only in a
 * lane's overflow track (a story of thousands of events, zoomed out, where marks merge into
 * counts) do bars that overlap or touch on screen merge too: there a frame would otherwise draw
 * thousands. (Bars are decoration: the marks carry the events, for the eye and for assistive
 * technology alike.)
 */

/** An event's span as the chart draws it: the row it runs through, from when to when (epoch ms). */
export interface Span {
  id: string;
  row: ChartRow;
  start: number;
  end: number;
}

/** A bar through one row from `x0` to `x1` (pixels), covering one or more spans. */
export interface SpanBar {
  /** The id of the first span it covers. */
  key: string;
  row: ChartRow;
  x0: number;
  x1: number;
}

/** How far past the plot's edges a bar may reach, so its rounded end is cut off, not drawn. */
const OVERHANG = 2;

/**
 * The bars for `spans` (ordered by start) in a plot `width` pixels wide: each span cut to the
 * plot, those shorter than `minWidth` left out (the mark says enough), and in an overflow track,
 * spans that overlap or touch merged into one bar.
 */
export function spanBars(spans: readonly Span[], scale: TimeScale, width: number, minWidth: number): SpanBar[] {
  const bars: SpanBar[] = [];
  const lastInRow = new Map<string, SpanBar>();
  for (const span of spans) {
    const x0 = Math.max(-OVERHANG, scale(span.start));
    const x1 = Math.min(width + OVERHANG, scale(span.end));
    if (x1 - x0 < minWidth) continue;
    const last = span.row.overflow ? lastInRow.get(span.row.key) : undefined;
    if (last && x0 <= last.x1) {
      last.x1 = Math.max(last.x1, x1);
      continue;
    }
    const bar = { key: span.id, row: span.row, x0, x1 };
    bars.push(bar);
    lastInRow.set(span.row.key, bar);
  }
  return bars;
}
