import { fitToFrame, type ChartFrame } from '../../features/timeline/model/frame';
import { windowFromChart } from '../../features/timeline/model/warp';
import { MIN_SPAN, sameWindow } from '../../features/timeline/model/window';
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
 * Fits `view` into the chart's `frame` exactly as the chart does (`fitToFrame`): moved inside the
 * story keeping its length, and widened to the narrowest view the chart draws (in chart time,
 * where a long quiet stretch is a short break).
 */
export function fitView(view: ViewWindow, frame: ChartFrame, minSpan: number = MIN_SPAN): FittedView {
  const fittedChart = fitToFrame(view, frame, minSpan);
  const fitted = windowFromChart(frame.warp, fittedChart);
  if (Math.abs(fitted.start - view.start) <= ROUNDING && Math.abs(fitted.end - view.end) <= ROUNDING) return { view, clamped: false };
  return { view: sameWindow(fittedChart, frame.domain) ? null : fitted, clamped: true };
}
