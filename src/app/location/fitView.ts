import type { ChartFrame } from '../../features/timeline/frame';
import { windowFromChart, windowToChart } from '../../features/timeline/warp';
import { clampWindow, MIN_SPAN, sameWindow } from '../../features/timeline/window';
import type { ViewWindow } from './appUrl';

/**
 * A view a link asks for (`?view=…`), fitted to what the timeline can show: inside the story's
 * span and no closer than its deepest zoom, as the chart would clamp it anyway. The shell does it
 * once the data is known, so it can say so and write the view it shows into the URL, instead of
 * showing one window while the link keeps naming another.
 */


/**
 * A view the app wrote is rounded outwards to whole minutes, so one at the story's edge may reach
 * past it by less than a minute: that is not a link asking for the impossible.
 */
const ROUNDING = 60_000;

/** What becomes of a requested view: shown as asked, or `clamped` to `view` (null: the whole story). */
export interface FittedView {
  view: ViewWindow | null;
  clamped: boolean;
}

/**
 * Fits `view` into the chart's `frame`, as the chart does: in chart time (where a long quiet
 * stretch is a short break), moved inside the story, and widened to the narrowest view it has.
 */
export function fitView(view: ViewWindow, frame: ChartFrame, minSpan: number = MIN_SPAN): FittedView {
  const fittedChart = clampWindow(windowToChart(frame.warp, view), frame.domain, minSpan);
  const fitted = windowFromChart(frame.warp, fittedChart);
  if (Math.abs(fitted.start - view.start) <= ROUNDING && Math.abs(fitted.end - view.end) <= ROUNDING) return { view, clamped: false };
  return { view: sameWindow(fittedChart, frame.domain) ? null : fitted, clamped: true };
}
