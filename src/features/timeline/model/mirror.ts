/**
 * Time running right to left. The chart's model is laid out with time running left to right (its
 * tracks, labels, ticks and breaks, every rule about what fits where); a story in a right-to-left
 * language draws that layout mirrored, so the earliest event is on the right, as Arabic and Hebrew
 * news graphics have it, and every label stays beside its mark on the later side, now its left.
 * A mirror keeps every distance, so whatever the layout kept apart stays apart. What the reader
 * points at is mirrored back (`mirrorX` is its own inverse) before the model reads it.
 */
import type { PlacedBreak } from './breakText';
import type { ChartMark } from './layout';
import type { SpanBar } from './spans';
import type { PlacedTick } from './ticks';

/** An x across a plot `width` wide, mirrored: where a model's x is drawn, and where a drawn x is in the model. */
export const mirrorX = (x: number, width: number): number => width - x;

/** A stretch `[x0, x1]` mirrored: still `x0 ≤ x1`. */
function mirrorStretch<T extends { x0: number; x1: number }>(stretch: T, width: number): T {
  return { ...stretch, x0: width - stretch.x1, x1: width - stretch.x0 };
}

/** A mark mirrored: a single event's label goes to its other side, still after it in time. */
export function mirrorMark(mark: ChartMark, width: number): ChartMark {
  if (mark.kind === 'cluster') return { ...mark, x: mirrorX(mark.x, width) };
  const label = mirrorStretch(mark.label, width);
  return { ...mark, x: mirrorX(mark.x, width), label: { ...label, side: mark.label.side === 'left' ? 'right' : 'left' } };
}

export const mirrorSpanBar = (bar: SpanBar, width: number): SpanBar => mirrorStretch(bar, width);

export const mirrorTick = (tick: PlacedTick, width: number): PlacedTick => ({ ...tick, x: mirrorX(tick.x, width) });

export function mirrorBreak(placed: PlacedBreak, width: number): PlacedBreak {
  return { ...mirrorStretch(placed, width), labelSpan: placed.labelSpan && mirrorStretch(placed.labelSpan, width) };
}

/** What the plot draws, in the order of the page's direction. */
export interface Drawing {
  marks: readonly ChartMark[];
  spans: readonly SpanBar[];
  ticks: readonly PlacedTick[];
  breaks: readonly PlacedBreak[];
  /** A chart time's x as drawn. */
  toX: (time: number) => number;
}

/** The model's layout as drawn across a plot `width` wide: as it is, or mirrored when time runs right to left. */
export function drawing(layout: Drawing, width: number, rtl: boolean): Drawing {
  if (!rtl) return layout;
  return {
    marks: layout.marks.map((mark) => mirrorMark(mark, width)),
    spans: layout.spans.map((bar) => mirrorSpanBar(bar, width)),
    ticks: layout.ticks.map((tick) => mirrorTick(tick, width)),
    breaks: layout.breaks.map((placed) => mirrorBreak(placed, width)),
    toX: (time) => mirrorX(layout.toX(time), width),
  };
}
