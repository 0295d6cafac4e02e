/**
 * A broken time axis. A story whose events come in bursts separated by long quiet stretches (the
 * Gaza truce: the attacks of 7 October, seven quiet weeks, then a week of events) would spend most
 * of a linear axis on nothing. Each such stretch is compressed to a short, visibly marked break,
 * and everything else keeps its true proportions.
 *
 * The chart works in "chart time": epoch milliseconds outside the breaks, shifted left by what
 * the breaks before them saved. Views, zoom and pan are all done in chart time, so a break keeps
 * its width on screen at every zoom; the shell and the URL keep real time, converted at the
 * chart's edge. A story with no long stretch has no break, and chart time is real time.
 */

import { DAY, HOUR } from './window';

/** A compressed stretch of real time: from `start` to `end` (epoch ms), drawn `chartStart` to `chartEnd` in chart time. */
export interface AxisBreak {
  start: number;
  end: number;
  chartStart: number;
  chartEnd: number;
}

/** The mapping between real time and chart time. */
export interface TimeWarp {
  /** The compressed stretches, in time order (none for most stories). */
  breaks: readonly AxisBreak[];
  toChart(time: number): number;
  fromChart(chartTime: number): number;
}

/** When a quiet stretch counts as long: a share of the story's whole span, and a least length. */
export const BREAK_SHARE = 0.3;
export const MIN_BREAK = 2 * DAY;
/** The share of the axis each break keeps, of what the events' own stretches take. */
export const BREAK_WIDTH_SHARE = 0.07;
/** At most this many breaks: a story broken everywhere would read as a list, not a timeline. */
export const MAX_BREAKS = 3;
/**
 * A break stops this far short of the events on either side (or a tenth of its length, if that is
 * less), so the closest view around an event beside a break (`MIN_SPAN`) is all at full scale.
 */
export const BREAK_PAD = 6 * HOUR;

/** No breaks: chart time is real time. */
export const NO_WARP: TimeWarp = { breaks: [], toChart: (time) => time, fromChart: (chartTime) => chartTime };

/**
 * The breaks for a story whose marks and span ends sit at `instants` (epoch ms, any order): every
 * stretch with none of them that is longer than `BREAK_SHARE` of the whole and than `MIN_BREAK`
 * (at most the `MAX_BREAKS` longest), less `BREAK_PAD` at each end, each compressed to
 * `BREAK_WIDTH_SHARE` of the time the events' own stretches take. A bar that runs through a break (an event lasting weeks) is drawn
 * through it, compressed with it.
 */
export function storyWarp(instants: readonly number[]): TimeWarp {
  if (instants.length < 2) return NO_WARP;
  const sorted = Float64Array.from(instants).sort();
  const total = sorted[sorted.length - 1]! - sorted[0]!;
  const gaps: { start: number; end: number }[] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const length = sorted[i]! - sorted[i - 1]!;
    if (length > BREAK_SHARE * total && length > MIN_BREAK) gaps.push({ start: sorted[i - 1]!, end: sorted[i]! });
  }
  if (gaps.length === 0) return NO_WARP;
  const kept = gaps
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .slice(0, MAX_BREAKS)
    .sort((a, b) => a.start - b.start)
    .map((gap) => {
      const pad = Math.min(BREAK_PAD, (gap.end - gap.start) / 10);
      return { start: gap.start + pad, end: gap.end - pad };
    });
  const quiet = kept.reduce((sum, gap) => sum + gap.end - gap.start, 0);
  // Each break keeps a small share of the events' own time, but never more than it really lasts.
  const busy = total - quiet;
  let saved = 0;
  const breaks = kept.map((gap): AxisBreak => {
    const length = Math.min(gap.end - gap.start, Math.max(BREAK_WIDTH_SHARE * busy, DAY / 4));
    const chartStart = gap.start - saved;
    saved += gap.end - gap.start - length;
    return { start: gap.start, end: gap.end, chartStart, chartEnd: chartStart + length };
  });
  return { breaks, toChart: (time) => toChart(breaks, time), fromChart: (chartTime) => fromChart(breaks, chartTime) };
}

function toChart(breaks: readonly AxisBreak[], time: number): number {
  let shift = 0;
  for (const b of breaks) {
    if (time <= b.start) break;
    if (time < b.end) return b.chartStart + ((time - b.start) / (b.end - b.start)) * (b.chartEnd - b.chartStart);
    shift = b.end - b.chartEnd;
  }
  return time - shift;
}

function fromChart(breaks: readonly AxisBreak[], chartTime: number): number {
  let shift = 0;
  for (const b of breaks) {
    if (chartTime <= b.chartStart) break;
    if (chartTime < b.chartEnd) return Math.round(b.start + ((chartTime - b.chartStart) / (b.chartEnd - b.chartStart)) * (b.end - b.start));
    shift = b.end - b.chartEnd;
  }
  // Real instants are whole milliseconds; chart time, worked out by zooming, may not be.
  return Math.round(chartTime + shift);
}

/** A window of real time in chart time, and back. */
export function windowToChart(warp: TimeWarp, window: { start: number; end: number }) {
  return { start: warp.toChart(window.start), end: warp.toChart(window.end) };
}

export function windowFromChart(warp: TimeWarp, window: { start: number; end: number }) {
  return { start: warp.fromChart(window.start), end: warp.fromChart(window.end) };
}

/**
 * The stretches of real time a chart-time window shows at true scale, with the breaks cut out:
 * where the axis can put ticks.
 */
export function unbrokenStretches(warp: TimeWarp, window: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = window.start;
  for (const b of warp.breaks) {
    if (b.chartEnd <= from) continue;
    if (b.chartStart >= window.end) break;
    if (b.chartStart > from) out.push({ start: warp.fromChart(from), end: b.start });
    from = b.chartEnd;
  }
  if (from < window.end) out.push({ start: warp.fromChart(from), end: warp.fromChart(window.end) });
  return out;
}
