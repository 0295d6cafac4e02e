import type { ChartFrame } from './frame';
import type { TimelineItem } from './items';
import type { ChartMark, ChartRow, LaneBand, RowGroup } from './layout';
import type { ChartMetrics } from './metrics';
import type { Opening } from './opening';
import type { TimeScale } from './scale';
import type { SpanBar } from './spans';
import type { PlacedBreak } from './breakText';
import type { PlacedTick } from './ticks';
import type { ViewContext } from './view';
import type { TimeWarp } from './warp';
import type { TimeWindow } from './window';

/**
 * Everything the chart draws, for its events at its width and its view (`useChartLayout` makes it):
 * one object, handed once to the parts that draw it and handle its input.
 */
export interface ChartModel {
  metrics: ChartMetrics;
  /** The story's events as things to draw, in chart time. */
  items: readonly TimelineItem[];
  /** The truce periods, drawn as bands across every lane. */
  periods: readonly TimelineItem[];
  /** The axis's breaks, and the span the chart shows. */
  frame: ChartFrame;
  warp: TimeWarp;
  domain: TimeWindow;
  /** The first view, and the tracks each lane stacks its events in. */
  opening: Opening;
  /** The view Reset and a link without `?view=` show: the first view, or for a link to an event a view that titles it. */
  home: TimeWindow;
  /** The view that shows event `id` as its own titled mark, starting from `from`. */
  reveal: (id: string, from: TimeWindow) => TimeWindow;
  /** What the view reducer needs (`model/view.ts`). */
  context: ViewContext;
  groups: readonly RowGroup[];
  bands: readonly LaneBand[];
  rowsBottom: number;
  plotHeight: number;
  /** The view drawn now, in chart time, and the same stretch in real time (for words and the page). */
  view: TimeWindow;
  realView: TimeWindow;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** False at the first view, where Reset has nothing to do. */
  canReset: boolean;
  scale: TimeScale;
  rows: readonly ChartRow[];
  marks: readonly ChartMark[];
  spans: readonly SpanBar[];
  breaks: readonly PlacedBreak[];
  ticks: readonly PlacedTick[];
}

