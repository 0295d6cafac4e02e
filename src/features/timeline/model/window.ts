/**
 * The view window: the span of time the chart shows, as plain numbers (epoch milliseconds), with
 * the clamping, zooming and panning math the gestures, buttons and keys share. The shell holds a
 * window (later in the URL), so it is data, not a d3 transform: the same window stays the same
 * stretch of time at any width.
 */

/** A span of time in epoch milliseconds; `start < end`. `null` in the shell means "the whole story". */
export interface TimeWindow {
  start: number;
  end: number;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The narrowest view: a few hours, so the events of one crowded day can be told apart, even on a phone. */
export const MIN_SPAN = 3 * HOUR;

/** The window's length in milliseconds. */
export function spanOf(window: TimeWindow): number {
  return window.end - window.start;
}

/** The instant halfway through the window. */
export function centreOf(window: TimeWindow): number {
  return window.start + spanOf(window) / 2;
}

/**
 * The window made valid inside `domain`: its span between `minSpan` (or the whole domain, if
 * that is shorter) and the domain's span, and shifted, not shrunk, to lie inside the domain.
 */
export function clampWindow(window: TimeWindow, domain: TimeWindow, minSpan: number = MIN_SPAN): TimeWindow {
  const full = spanOf(domain);
  const finite = Number.isFinite(window.start) && Number.isFinite(window.end) && window.end > window.start;
  if (!finite) return { ...domain };
  const span = Math.min(full, Math.max(Math.min(minSpan, full), spanOf(window)));
  const centre = centreOf(window);
  const start = Math.min(domain.end - span, Math.max(domain.start, centre - span / 2));
  return { start, end: start + span };
}

/**
 * Zooms by `factor` (above 1 zooms in) about `anchor`, which keeps its place on screen, as a
 * pinch or Ctrl + wheel does about the pointer. The result is clamped to the domain.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number, domain: TimeWindow, minSpan: number = MIN_SPAN): TimeWindow {
  const span = spanOf(window);
  const target = clampSpan(span / factor, domain, minSpan);
  const ratio = span > 0 ? (anchor - window.start) / span : 0.5;
  const start = anchor - ratio * target;
  return clampWindow({ start, end: start + target }, domain, minSpan);
}

function clampSpan(span: number, domain: TimeWindow, minSpan: number): number {
  const full = spanOf(domain);
  return Math.min(full, Math.max(Math.min(minSpan, full), span));
}

/** Moves the window by `delta` milliseconds (positive moves later), stopping at the domain's edges. */
export function panWindow(window: TimeWindow, delta: number, domain: TimeWindow, minSpan: number = MIN_SPAN): TimeWindow {
  return clampWindow({ start: window.start + delta, end: window.end + delta }, domain, minSpan);
}

/** The same span, centred on `time` as far as the domain's edges allow. */
export function centreWindowOn(window: TimeWindow, time: number, domain: TimeWindow, minSpan: number = MIN_SPAN): TimeWindow {
  const span = spanOf(window);
  return clampWindow({ start: time - span / 2, end: time + span / 2 }, domain, minSpan);
}

/** True when `time` lies inside the window, at least `margin` (a fraction of the span) from its edges. */
export function windowContains(window: TimeWindow, time: number, margin = 0): boolean {
  const inset = spanOf(window) * margin;
  return time >= window.start + inset && time <= window.end - inset;
}

/** True when two windows differ by less than `tolerance` of the larger span at both ends. */
export function sameWindow(a: TimeWindow, b: TimeWindow, tolerance = 1e-6): boolean {
  const limit = Math.max(spanOf(a), spanOf(b)) * tolerance;
  return Math.abs(a.start - b.start) <= limit && Math.abs(a.end - b.end) <= limit;
}

/**
 * The window a fraction `t` of the way from `a` to `b`: the centre moves in a straight line and
 * the span changes geometrically, so a zoom feels even at every step.
 */
export function interpolateWindow(a: TimeWindow, b: TimeWindow, t: number): TimeWindow {
  if (t <= 0) return { ...a };
  if (t >= 1) return { ...b };
  const centre = centreOf(a) + (centreOf(b) - centreOf(a)) * t;
  const span = spanOf(a) * Math.pow(spanOf(b) / spanOf(a), t);
  return { start: centre - span / 2, end: centre + span / 2 };
}

/**
 * The whole story as a window: from the earliest start to the latest end, with a margin on both
 * sides so that marks at the edges are drawn whole: 3 % of the story, at least two hours, and
 * drawn `widthPx` wide, at least `edgePx` pixels (half a mark, on a phone).
 */
export function storyDomain(spans: readonly { start: number; end: number }[], marginFraction = 0.03, edge: { edgePx: number; widthPx: number } | null = null): TimeWindow {
  if (spans.length === 0) return { start: 0, end: DAY };
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  const length = Math.max(end - start, DAY);
  // Solved for the margin m: m pixels-worth at width / (length + 2m) pixels per millisecond.
  const forMarks = edge && edge.widthPx > 2 * edge.edgePx ? (edge.edgePx * length) / (edge.widthPx - 2 * edge.edgePx) : 0;
  const margin = Math.max(length * marginFraction, 2 * HOUR, forMarks);
  return { start: start - margin, end: start + length + margin };
}
