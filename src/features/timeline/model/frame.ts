import type { KindTable } from '../../../shared/schema/kinds';
import type { TimelineEvent } from '../../../shared/schema/schema';
import { buildItems, itemInstants, warpItems, type TimelineItem } from './items';
import { chartMetrics, domainEdge, MIN_WIDTH } from './metrics';
import { storyWarp, windowFromChart, windowToChart, type TimeWarp } from './warp';
import { clampWindow, MIN_SPAN, sameWindow, spanOf, storyDomain, type TimeWindow } from './window';

/** The chart's frame of time for a story: its axis's breaks, and the span it can show (in chart time). */
export interface ChartFrame {
  warp: TimeWarp;
  domain: TimeWindow;
}

/** The story's items in chart time, with the breaks they were mapped through: what the chart lays out. */
export interface ChartBasis {
  items: TimelineItem[];
  warp: TimeWarp;
}

/** The story's items in chart time, with the breaks they were mapped through. */
export function chartItems(events: readonly TimelineEvent[], kinds: KindTable): ChartBasis {
  const real = buildItems(events, kinds);
  const warp = storyWarp(itemInstants(real));
  return { items: warpItems(real, warp), warp };
}

/**
 * The span the chart shows for these items (chart time): the story with margins wide enough for a
 * mark at either end to be drawn whole at the narrowest width, so it is the same at every width
 * and the shell can fit a link's view to exactly what the chart draws.
 */
export function chartDomain(items: readonly TimelineItem[]): TimeWindow {
  return storyDomain(items, undefined, domainEdge(chartMetrics(MIN_WIDTH)));
}

/** The frame a link's view is fitted to: the breaks the chart draws, and the span it shows. */
export function chartFrame(events: readonly TimelineEvent[], kinds: KindTable): ChartFrame {
  const { items, warp } = chartItems(events, kinds);
  return { warp, domain: chartDomain(items) };
}

/**
 * A view from a link (real time) as the chart draws it (chart time): moved inside the story
 * keeping its real length (a four-day link stays four days, wherever the breaks fall), then
 * widened to the narrowest view the chart draws.
 */
export function fitToFrame(view: TimeWindow, frame: ChartFrame, minSpan: number = MIN_SPAN): TimeWindow {
  const inside = clampWindow(view, windowFromChart(frame.warp, frame.domain), 0);
  const drawn = windowToChart(frame.warp, inside);
  // Already inside (up to the rounding of its edges to whole milliseconds) and wide enough: as it is.
  if (spanOf(drawn) >= Math.min(minSpan, spanOf(frame.domain))) return drawn;
  return clampWindow(drawn, frame.domain, minSpan);
}

/**
 * The view the chart draws, in chart time, for the view the shell holds in real time: `null` is
 * the chart's first view (`home`); any other is fitted to the frame (`fitToFrame`).
 */
export function chartView(view: TimeWindow | null, frame: ChartFrame, home: TimeWindow, minSpan: number = MIN_SPAN): TimeWindow {
  return view ? fitToFrame(view, frame, minSpan) : clampWindow(home, frame.domain, minSpan);
}

/** The view the shell holds (real time) for a view the chart draws: back at the first view, the view is no view (the URL drops it). */
export function realView(view: TimeWindow, warp: TimeWarp, home: TimeWindow): TimeWindow | null {
  return sameWindow(view, home) ? null : windowFromChart(warp, view);
}
