import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimeWindow } from './window';

/**
 * Scales between time and pixels. The base scale maps the whole story onto the plot; the view
 * window (state the shell holds) is the zoom, and the scale that draws it is derived from the
 * base with the view's domain: a scale is set up where it is made and never changed after, so a
 * render can never see a half-updated one. d3-zoom's transform is the same view in gesture form;
 * it is derived from the window only where gestures need it (`zoomGestures.ts`), which loads when
 * the reader reaches for the chart.
 */

/**
 * Time (epoch ms) to pixels across the plot: d3-scale's UTC time scale. The axis's ticks and their
 * labels come from d3-time's UTC intervals and the story's language (`ticks.ts`).
 */
export type TimeScale = ScaleTime<number, number>;

/** The whole story across `width` pixels. */
export function baseScale(domain: TimeWindow, width: number): TimeScale {
  return scaleUtc([domain.start, domain.end], [0, Math.max(1, width)]);
}

/**
 * The scale that draws `view`: the base scale over the view's stretch of time. It equals d3-zoom's
 * `transformForWindow(view).rescaleX(base)` (a test holds them together).
 */
export function viewScale(view: TimeWindow, domain: TimeWindow, width: number): TimeScale {
  return baseScale(domain, width).domain([view.start, view.end]);
}

/** The scale's domain as epoch milliseconds. */
export function domainMs(scale: TimeScale): [number, number] {
  const [start, end] = scale.domain();
  return [Number(start), Number(end)];
}

/**
 * `scale` applied to each of `values` (epoch ms): the scale's own answers, with its domain and
 * range read once and no call per value (a zoom frame of a 100,000-event story maps every
 * event's time). The same sum as d3's number interpolator; a scale whose domain is one instant
 * maps everything to the middle of its range, as d3's does.
 */
export function mapAll(scale: TimeScale, values: ArrayLike<number>): Float64Array {
  const [a, b] = domainMs(scale);
  const [c, d] = scale.range() as [number, number];
  const span = b - a;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const t = span ? (values[i]! - a) / span : 0.5;
    out[i] = c * (1 - t) + d * t;
  }
  return out;
}

/** The instant (epoch ms) drawn at `x`. */
export const timeAt = (scale: TimeScale, x: number): number => scale.invert(x).getTime();
