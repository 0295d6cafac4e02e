import { linearScale, type LinearScale } from '../../../shared/scale/linear';
import type { TimeWindow } from './window';

/**
 * Scales between time and pixels. The base scale maps the whole story onto the plot; the view
 * window (state the shell holds) is the zoom, and the scale that draws it is derived from the
 * base with the view's domain: no scale is ever mutated, so a render can never see a
 * half-updated one. d3-zoom's transform is the same view in gesture form; it is derived from the
 * window only where gestures need it (`zoomGestures.ts`), which loads when the reader reaches for
 * the chart.
 */

/**
 * Time (epoch ms) to pixels across the plot: a linear scale over epoch milliseconds. The ticks and
 * their labels come from d3-time's UTC intervals (`ticks.ts`), so d3's time scale, and the
 * date-formatting library it brings, is not needed.
 */
export type TimeScale = LinearScale;

/** The whole story across `width` pixels. */
export function baseScale(domain: TimeWindow, width: number): TimeScale {
  return linearScale([domain.start, domain.end], [0, Math.max(1, width)]);
}

/**
 * The scale that draws `view`: the base scale over the view's stretch of time. It equals d3-zoom's
 * `transformForWindow(view).rescaleX(base)` (a test holds them together).
 */
export function viewScale(view: TimeWindow, domain: TimeWindow, width: number): TimeScale {
  return baseScale(domain, width).domain([view.start, view.end]);
}
