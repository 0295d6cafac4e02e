import { isTitledInView, marksFor, placeBands, trackInput, trackSizes, type RowGroup } from './layout';
import type { ChartMetrics } from './metrics';
import { boxOf, firstFitTracks, shareTracks, trackZoom } from './tracks';
import { HOUR, spanOf, type TimeWindow } from './window';

/**
 * The first view: what a reader sees when the page opens. It is the whole story when every event
 * can be drawn with its title in the lanes' tracks; otherwise the longest stretch that can, placed
 * where it shows the most events whole, preferably ending where no title is cut. How many tracks each lane
 * stacks is chosen here too, once per story and width, so the chart keeps its height while the
 * reader zooms.
 */

/** The most tracks the lanes have together, and one lane alone: beyond them, crowds become counts. */
export const TRACK_BUDGET = 20;
export const TRACKS_PER_LANE = 10;
/** The first view is never narrower than the whole story halved this many times. */
export const MAX_HALVINGS = 5;
/** Nor than this: a shorter first view would hide the story's shape. */
export const MIN_OPENING = 12 * HOUR;
/** Stories with more events open on the whole story, where counts are expected. */
export const MAX_SEARCHED = 1000;

export interface Opening {
  /** The first view, in chart time. */
  view: TimeWindow;
  /** How many tracks each lane (as `groups` lists them) stacks its events in. */
  tracks: number[];
}

/** Whether lanes needing these tracks fit the budget. */
const fits = (needs: readonly number[]) => needs.reduce((a, b) => a + b, 0) <= TRACK_BUDGET && needs.every((need) => need <= TRACKS_PER_LANE);

/** One lane stacked at one zoom: each event's track, and its box in chart time. */
interface StackedLane {
  anchors: ArrayLike<number>;
  track: Uint16Array;
  used: number;
  boxStart: Float64Array;
  boxEnd: Float64Array;
  /** The longest reach of a box before its anchor, so a search can start that far back. */
  lead: number;
}

/** Each lane's first-fit tracks at `k` pixels per millisecond, with every box in chart time. */
function stacking(groups: readonly RowGroup[], zoom: number, domain: TimeWindow, metrics: ChartMetrics): StackedLane[] {
  return tracksNeeded(groups, zoom, domain, metrics).map(({ input, track, used }) => {
    const k = trackZoom(zoom);
    const sizes = trackSizes(metrics);
    const n = input.anchors.length;
    const boxStart = new Float64Array(n);
    const boxEnd = new Float64Array(n);
    let lead = 0;
    for (let i = 0; i < n; i += 1) {
      const box = boxOf(input, i, k, sizes);
      boxStart[i] = input.anchors[i]! + box.left / k;
      boxEnd[i] = input.anchors[i]! + box.right / k;
      lead = Math.max(lead, input.anchors[i]! - boxStart[i]!);
    }
    return { anchors: input.anchors, track, used, boxStart, boxEnd, lead };
  });
}

/** Each lane's first-fit tracks at `zoom` (as the chart rounds it), without the boxes: all the whole story's check needs. */
function tracksNeeded(groups: readonly RowGroup[], zoom: number, domain: TimeWindow, metrics: ChartMetrics) {
  const sizes = trackSizes(metrics);
  // The zoom the chart stacks at (see `trackZoom`), so what is counted here is what is drawn.
  const k = trackZoom(zoom);
  return groups.map((group) => {
    const input = trackInput(group, metrics, domain.end);
    // Only whether a lane fits its tracks matters: past one more than it may have, a dense lane stops counting.
    return { input, ...firstFitTracks(input, k, sizes, TRACKS_PER_LANE + 1) };
  });
}

/** The first index whose anchor is at least `time`. */
function firstFrom(anchors: ArrayLike<number>, time: number): number {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (anchors[mid]! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tracks each lane needs for what shows in `window` (one more than the highest track of a box
 * reaching into it), how many marks it holds, and how many of their titles its end cuts.
 */
function needsIn(lanes: readonly StackedLane[], window: TimeWindow): { needs: number[]; inside: number; cut: number } {
  let inside = 0;
  let cut = 0;
  const needs = lanes.map((lane) => {
    let need = 1;
    for (let i = firstFrom(lane.anchors, window.start - lane.lead); i < lane.anchors.length && lane.boxStart[i]! <= window.end; i += 1) {
      if (lane.boxEnd[i]! < window.start) continue;
      need = Math.max(need, lane.track[i]! + 1);
      if (lane.anchors[i]! >= window.start && lane.anchors[i]! <= window.end) {
        inside += 1;
        if (lane.boxEnd[i]! > window.end) cut += 1;
      }
    }
    return need;
  });
  return { needs, inside, cut };
}

/** Every lane's boxes merged into the stretches they cover, in time order: between them, a view can end without cutting a title. */
function coveredStretches(lanes: readonly StackedLane[]): TimeWindow[] {
  const boxes: TimeWindow[] = [];
  for (const lane of lanes) for (let i = 0; i < lane.boxStart.length; i += 1) boxes.push({ start: lane.boxStart[i]!, end: lane.boxEnd[i]! });
  boxes.sort((a, b) => a.start - b.start);
  const merged: TimeWindow[] = [];
  for (const box of boxes) {
    const last = merged[merged.length - 1];
    if (last && box.start <= last.end) last.end = Math.max(last.end, box.end);
    else merged.push({ ...box });
  }
  return merged;
}

/** The latest time at or before `time` that no box covers (`time` itself when none does). */
function freeAtOrBefore(stretches: readonly TimeWindow[], time: number): number {
  let lo = 0;
  let hi = stretches.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (stretches[mid]!.start <= time) lo = mid + 1;
    else hi = mid;
  }
  const covering = stretches[lo - 1];
  return covering && covering.end > time ? covering.start : time;
}

/** The first view and the lanes' tracks for a chart with these lanes, over `domain` (chart time), at this width. */
export function openingLayout(groups: readonly RowGroup[], domain: TimeWindow, metrics: ChartMetrics): Opening {
  const width = metrics.plotWidth;
  const whole = tracksNeeded(groups, width / spanOf(domain), domain, metrics);
  const wholeNeeds = whole.map((lane) => lane.used);
  if (fits(wholeNeeds)) return { view: domain, tracks: wholeNeeds };
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  if (count <= MAX_SEARCHED) {
    const best = bestStretch(groups, domain, metrics);
    if (best) return best;
  }
  return { view: domain, tracks: shareTracks(wholeNeeds, TRACK_BUDGET, TRACKS_PER_LANE) };
}

/** At most this many places are tried for each length of the first view, and this many of the best of each are laid out in full. */
const MAX_CANDIDATES = 240;
const FINALISTS = 3;

/** A candidate first view, with the tracks its lanes need and its quick score. */
interface Candidate {
  view: TimeWindow;
  needs: number[];
  score: number;
  halvings: number;
}

/**
 * The stretch that shows the most events titled, whole and in view, of every length from the
 * whole story halved once to halved `MAX_HALVINGS` times: a quick count (marks in view, less
 * those whose box runs past its end) picks a few at each length, and laying those out in full
 * decides (the longer stretch on a tie, then the later). Null when no stretch fits the budget.
 */
function bestStretch(groups: readonly RowGroup[], domain: TimeWindow, metrics: ChartMetrics): Opening | null {
  const width = metrics.plotWidth;
  const anchors = groups.flatMap((group) => group.items.map((item) => item.anchor)).sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(anchors.length / MAX_CANDIDATES));
  const finalists: Candidate[] = [];
  for (let halvings = 1; halvings <= MAX_HALVINGS; halvings += 1) {
    const span = spanOf(domain) / 2 ** halvings;
    if (span < MIN_OPENING) break;
    const k = width / span;
    const lanes = stacking(groups, k, domain, metrics);
    const stretches = coveredStretches(lanes);
    // Each candidate starts just before one event's mark, so that mark is drawn whole.
    const lead = (metrics.markSize / 2 + metrics.gap) / k;
    const found: Candidate[] = [];
    for (let a = 0; a < anchors.length; a += step) {
      const start = Math.max(domain.start, anchors[a]! - lead);
      const end = Math.min(domain.end, start + span);
      // The whole stretch, or shortened to where no title is cut, if that keeps at least half of it.
      const free = end >= domain.end ? end : freeAtOrBefore(stretches, end);
      for (const view of free - start >= span / 2 && free < end ? [{ start, end }, { start, end: free }] : [{ start, end }]) {
        const { needs, inside, cut } = needsIn(lanes, view);
        if (fits(needs)) found.push({ view, needs, score: inside - cut, halvings });
      }
    }
    // The best few of this length, the later first on a tie.
    found.sort((x, y) => y.score - x.score || y.view.start - x.view.start);
    finalists.push(...found.slice(0, FINALISTS));
  }
  let best: { candidate: Candidate; tracks: number[]; titled: number } | null = null;
  for (const candidate of finalists) {
    // Counted at the zoom the view is drawn at (a view ending at a free point is a little closer than its length).
    const drawn = needsIn(stacking(groups, width / spanOf(candidate.view), domain, metrics), candidate.view).needs;
    const tracks = drawn.map((need, i) => Math.max(need, Math.min(candidate.needs[i]!, TRACKS_PER_LANE)));
    const titled = titledWhole(groups, tracks, candidate.view, domain, metrics);
    const better =
      !best ||
      titled > best.titled ||
      (titled === best.titled && (candidate.halvings < best.candidate.halvings || (candidate.halvings === best.candidate.halvings && candidate.view.start > best.candidate.view.start)));
    if (better) best = { candidate, tracks, titled };
  }
  return best ? { view: best.candidate.view, tracks: best.tracks } : null;
}

/** How many events the chart draws as their own mark with a label wholly in view, for this view and these tracks. */
function titledWhole(groups: readonly RowGroup[], tracks: readonly number[], view: TimeWindow, domain: TimeWindow, metrics: ChartMetrics): number {
  return marksFor(placeBands(groups, tracks, metrics), view, domain, metrics).filter((mark) => isTitledInView(mark, metrics)).length;
}
