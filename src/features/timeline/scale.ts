import { scaleUtc, type ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeWindow } from './window';

/**
 * Scales between time and pixels. The base scale maps the whole story onto the plot; a view is
 * a d3-zoom transform of it, and the zoomed scale is always `transform.rescaleX(base)`: no scale
 * is ever mutated, so a render can never see a half-updated one.
 */

/** Time (epoch ms) to pixels across the plot, for the whole story. */
export type TimeScale = ScaleTime<number, number>;

/** The whole story across `width` pixels. */
export function baseScale(domain: TimeWindow, width: number): TimeScale {
  return scaleUtc().domain([domain.start, domain.end]).range([0, Math.max(1, width)]);
}

/** The d3-zoom transform that shows `view` when applied to the base scale of `domain`. */
export function transformForWindow(view: TimeWindow, domain: TimeWindow, width: number): ZoomTransform {
  const base = baseScale(domain, width);
  const k = (domain.end - domain.start) / (view.end - view.start);
  return zoomIdentity.translate(-k * base(view.start), 0).scale(k);
}

/** The window a d3-zoom transform shows, read back through the base scale. */
export function windowForTransform(transform: ZoomTransform, base: TimeScale): TimeWindow {
  const [start, end] = transform.rescaleX(base).domain();
  return { start: start?.getTime() ?? 0, end: end?.getTime() ?? 0 };
}

/** The scale that draws `view`: the base scale rescaled by the view's transform. */
export function viewScale(view: TimeWindow, domain: TimeWindow, width: number): TimeScale {
  return transformForWindow(view, domain, width).rescaleX(baseScale(domain, width));
}
