import type { TimelineEvent } from '../data/schema';
import { buildItems, itemInstants, warpItems, type TimelineItem } from './items';
import { chartMetrics, domainEdge, MIN_WIDTH } from './metrics';
import { storyWarp, type TimeWarp } from './warp';
import { storyDomain, type TimeWindow } from './window';

/** The chart's frame of time for a story: its axis's breaks, and the span it can show (in chart time). */
export interface ChartFrame {
  warp: TimeWarp;
  domain: TimeWindow;
}

/** The story's items in chart time, with the breaks they were mapped through. */
export function chartItems(events: readonly TimelineEvent[]): { items: TimelineItem[]; warp: TimeWarp } {
  const real = buildItems(events);
  const warp = storyWarp(itemInstants(real));
  return { items: warpItems(real, warp), warp };
}

/**
 * The frame the shell fits a link's view to: the breaks the chart draws, and the widest span any
 * width of it shows (the narrowest chart keeps the widest margins for its edge marks), so no view
 * the chart itself wrote is ever called out of range.
 */
export function chartFrame(events: readonly TimelineEvent[]): ChartFrame {
  const { items, warp } = chartItems(events);
  return { warp, domain: storyDomain(items, undefined, domainEdge(chartMetrics(MIN_WIDTH))) };
}
