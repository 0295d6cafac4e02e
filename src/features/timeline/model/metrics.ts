import { DEFAULT_LANGUAGE } from '../../../shared/text/language';

/**
 * Sizes that depend on the chart's width. On narrow screens the lanes compress, the lane names
 * move from a gutter into a legend, and labels get less room (so they shorten sooner).
 */

/** The width the chart is first drawn at, on the server and before the first measurement. */
export const DEFAULT_WIDTH = 1120;

/**
 * The width the chart is drawn at on paper: the text width of an A4 page with the 15 mm margins
 * theme.css sets (US Letter is wider); on narrower paper the stylesheet scales the drawing down.
 */
export const PRINT_WIDTH = 680;

/** The narrowest chart we lay out for: a 320 px screen less the page's padding. */
export const MIN_WIDTH = 280;

export interface ChartMetrics {
  width: number;
  /** Room on the left for lane names; 0 on narrow screens, where a legend names the lanes. */
  gutter: number;
  /** The zoomable plot's width. */
  plotWidth: number;
  compact: boolean;
  /** A mark's box: at least 24 × 24 px, a touch target. */
  markSize: number;
  gap: number;
  labelPad: number;
  fontPx: number;
  /** The narrowest event label worth drawing. */
  minLabel: number;
  /** The widest label: longer ones give way to their shorter forms. */
  maxLabel: number;
  /** The narrowest truce-period label worth drawing. */
  periodMinLabel: number;
  /** One track of a lane: a mark's height and the space to the next track. */
  trackHeight: number;
  /** Space above a lane's first track and below its last. */
  bandPad: number;
  axisHeight: number;
  /** The story's language (BCP 47), which the labels' numbers and the axis's dates are written in. */
  lang: string;
}

/** The metrics for a chart `width` pixels wide, for a story in `lang` (English by default). */
export function chartMetrics(width: number, lang: string = DEFAULT_LANGUAGE): ChartMetrics {
  const w = Math.max(MIN_WIDTH, Math.floor(width));
  const compact = w < 600;
  const gutter = w >= 720 ? 136 : 0;
  return {
    width: w,
    gutter,
    plotWidth: w - gutter,
    compact,
    markSize: 24,
    gap: 4,
    labelPad: 4,
    fontPx: compact ? 12 : 13,
    minLabel: compact ? 52 : 76,
    maxLabel: compact ? 180 : 320,
    periodMinLabel: compact ? 28 : 36,
    trackHeight: 28,
    bandPad: compact ? 3 : 5,
    axisHeight: 28,
    lang,
  };
}

/** The margin the story's domain keeps at each end so a mark there is drawn whole: half a mark and a gap, at this plot's width. */
export function domainEdge(metrics: ChartMetrics): { edgePx: number; widthPx: number } {
  return { edgePx: metrics.markSize / 2 + metrics.gap, widthPx: metrics.plotWidth };
}
