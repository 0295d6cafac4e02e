import type { NavStop } from './keyboard';
import type { TimelineItem } from './items';
import type { Lane } from '../../../shared/schema/kinds';
import { laneRuns, layoutLane, runThreshold, type LabelCandidate, type PlacedLabel } from './labels';
import { labelCandidates } from './markText';
import type { ChartMetrics } from './metrics';
import { domainMs, mapAll, viewScale, type TimeScale } from './scale';
import { estimateTextWidth, shortenToWidth } from './textWidth';
import { assignTracks, trackZoom, type TrackInput, type TrackSizes } from './tracks';
import { DAY, type TimeWindow } from './window';

/**
 * The whole chart's layout for one view: the lanes, the tracks each stacks its events in, and in
 * each track the marks in view with their labels, or clusters. Pure: positions in, boxes out.
 */

/** A lane's events, in anchor order. */
export interface RowGroup {
  key: string;
  lane: Lane;
  items: readonly TimelineItem[];
}

/** A lane with its place in the plot and the number of tracks it stacks its events in. */
export interface LaneBand extends RowGroup {
  tracks: number;
  y: number;
  height: number;
}

/** One track of a lane at the current zoom: the events drawn in it, and where it is. */
export interface ChartRow {
  key: string;
  lane: Lane;
  band: LaneBand;
  track: number;
  /** The track's events, in anchor order. */
  items: readonly TimelineItem[];
  /**
   * True for a lane's last track when, at this zoom, more events crowd a stretch than the lane has
   * tracks for: it takes them all, and only there may marks merge into counts and bars into one.
   */
  overflow: boolean;
  y: number;
  height: number;
}

/** A mark to draw: one labelled event, or a cluster of neighbours. */
export type ChartMark =
  | { kind: 'single'; key: string; row: ChartRow; item: TimelineItem; x: number; label: PlacedLabel }
  | { kind: 'cluster'; key: string; row: ChartRow; items: readonly TimelineItem[]; x: number; width: number };

/** Horizontal padding inside a label's pill, both sides together. */
export const LABEL_PADDING = 8;

/** The lanes that have events, from top to bottom (the vocabulary's order), each with its events in anchor order. */
export function groupRows(items: readonly TimelineItem[]): RowGroup[] {
  const byLane = new Map<Lane, TimelineItem[]>();
  for (const item of items) {
    const list = byLane.get(item.lane);
    if (list) list.push(item);
    else byLane.set(item.lane, [item]);
  }
  return [...byLane].sort(([a], [b]) => a.index - b.index).map(([lane, inLane]) => ({ key: lane.id, lane, items: inLane }));
}

/** Places the lanes one under another, each as tall as its `tracks[i]` tracks. */
export function placeBands(groups: readonly RowGroup[], tracks: readonly number[], metrics: ChartMetrics): LaneBand[] {
  let y = 0;
  return groups.map((group, i) => {
    const count = Math.max(1, tracks[i] ?? 1);
    const height = count * metrics.trackHeight + 2 * metrics.bandPad;
    const band = { ...group, tracks: count, y, height };
    y += height;
    return band;
  });
}

/** The bottom of the last lane: where the axis goes. */
export function bandsHeight(bands: readonly LaneBand[]): number {
  const last = bands[bands.length - 1];
  return last ? last.y + last.height : 0;
}

/** The narrowest label worth drawing in this lane. */
const minLabelOf = (lane: Lane, metrics: ChartMetrics) => (lane.periods ? metrics.periodMinLabel : metrics.minLabel);

// A lane's anchors and bar ends in chart time, gathered once per set of items.
const trackInputCache = new WeakMap<readonly TimelineItem[], { anchors: Float64Array; ends: Float64Array }>();
// The label width each item reserves, per lane and font size, worked out only for items that get a track.
const reservedCache = new WeakMap<readonly TimelineItem[], { fontPx: number; widths: Float32Array }>();

/** A lane as the stacking sees it: where its marks sit, where their bars end, and the room their titles take. */
export function trackInput(group: RowGroup, metrics: ChartMetrics, end: number): TrackInput {
  let cached = trackInputCache.get(group.items);
  if (!cached) {
    cached = {
      anchors: Float64Array.from(group.items, (item) => item.anchor),
      ends: Float64Array.from(group.items, (item) => (hasBar(item) ? Math.max(item.anchor, item.end) : item.anchor)),
    };
    trackInputCache.set(group.items, cached);
  }
  let reserved = reservedCache.get(group.items);
  if (reserved?.fontPx !== metrics.fontPx) {
    reserved = { fontPx: metrics.fontPx, widths: new Float32Array(group.items.length).fill(Number.NaN) };
    reservedCache.set(group.items, reserved);
  }
  const { widths } = reserved;
  const minLabel = minLabelOf(group.lane, metrics);
  const labelWidth = (i: number) => {
    let width = widths[i]!;
    if (Number.isNaN(width)) {
      const title = group.items[i]?.event.title ?? '';
      width = Math.min(metrics.maxLabel, Math.max(minLabel, estimateTextWidth(title, metrics.fontPx) + LABEL_PADDING));
      widths[i] = width;
    }
    return width;
  };
  const spacing = runThreshold(group.items.length, { markSize: metrics.markSize, gap: metrics.gap, labelPad: metrics.labelPad, minLabel });
  return { anchors: cached.anchors, ends: cached.ends, labelWidth, maxLabelWidth: Math.max(metrics.maxLabel, minLabel), spacing, end };
}

// A track's events that last, found once per set of items, not every frame.
const lastingCache = new WeakMap<readonly TimelineItem[], TimelineItem[]>();

/** The events of a track that are drawn with a bar. */
export function lastingItems(items: readonly TimelineItem[]): readonly TimelineItem[] {
  let lasting = lastingCache.get(items);
  if (!lasting) {
    lasting = items.filter(hasBar);
    lastingCache.set(items, lasting);
  }
  return lasting;
}

/** Whether an event is drawn with a bar for its span: it lasts more than a day, and is not a period (those are bands). */
export function hasBar(item: TimelineItem): boolean {
  return !item.lane.periods && item.end - item.start > DAY;
}

/** The sizes stacking works with. */
export const trackSizes = (metrics: ChartMetrics): TrackSizes => ({ markSize: metrics.markSize, gap: metrics.gap, labelPad: metrics.labelPad });

/** Pixels per millisecond of chart time at this scale. */
export function pxPerMs(scale: TimeScale): number {
  const [d0, d1] = domainMs(scale);
  const [r0, r1] = scale.range() as [number, number];
  return (r1 - r0) / (d1 - d0 || 1);
}

// A row's anchor times, gathered once per set of items rather than read from every item each frame.
const anchorCache = new WeakMap<readonly TimelineItem[], Float64Array>();

// A lane's tracks at the zoom levels last drawn, most recent first: panning keeps the zoom, and a
// reader zooming in and back out again returns to levels already stacked, so both reuse them.
const rowsCache = new WeakMap<LaneBand, { k: number; fontPx: number; end: number; rows: ChartRow[] }[]>();
/** How many zoom levels of a lane's tracks are kept (each is one array of the lane's events). */
const LEVELS_KEPT = 8;

/** The tracks of a lane at `k` pixels per millisecond, each with its events; `end` is the chart's right end. */
function bandRows(band: LaneBand, k: number, end: number, metrics: ChartMetrics): ChartRow[] {
  const levels = rowsCache.get(band) ?? [];
  const at = levels.findIndex((level) => level.fontPx === metrics.fontPx && level.end === end && Math.abs(level.k - k) <= k * 1e-9);
  if (at >= 0) {
    const level = levels[at]!;
    if (at > 0) levels.splice(0, 0, ...levels.splice(at, 1));
    return level.rows;
  }
  const input = trackInput(band, metrics, end);
  const { track, overflow } = assignTracks(input, k, trackSizes(metrics), band.tracks);
  // Each track's events, their anchors and its lasting events, sized once and filled in one pass.
  const sizes = new Uint32Array(band.tracks);
  for (let i = 0; i < track.length; i += 1) sizes[track[i]!]! += 1;
  const members = Array.from(sizes, (size) => new Array<TimelineItem>(size));
  const anchors = Array.from(sizes, (size) => new Float64Array(size));
  const lasting: TimelineItem[][] = Array.from(sizes, () => []);
  const filled = new Uint32Array(band.tracks);
  for (let i = 0; i < track.length; i += 1) {
    const t = track[i]!;
    const at = filled[t]!;
    const item = band.items[i]!;
    members[t]![at] = item;
    anchors[t]![at] = input.anchors[i]!;
    if (input.ends[i]! > input.anchors[i]!) lasting[t]!.push(item);
    filled[t] = at + 1;
  }
  members.forEach((items, t) => {
    anchorCache.set(items, anchors[t]!);
    lastingCache.set(items, lasting[t]!);
  });
  const rows = members.map((items, t) => ({
    key: `${band.key}:${t}`,
    lane: band.lane,
    band,
    track: t,
    items,
    overflow: overflow && t === band.tracks - 1,
    y: band.y + metrics.bandPad + t * metrics.trackHeight,
    height: metrics.trackHeight,
  }));
  levels.unshift({ k, fontPx: metrics.fontPx, end, rows });
  levels.length = Math.min(levels.length, LEVELS_KEPT);
  rowsCache.set(band, levels);
  return rows;
}

/** Every track of every lane at this scale's zoom (as `trackZoom` rounds it), top to bottom, in a chart that ends at `end` (chart time). */
export function rowsAt(bands: readonly LaneBand[], scale: TimeScale, end: number, metrics: ChartMetrics): ChartRow[] {
  const k = trackZoom(pxPerMs(scale));
  return bands.flatMap((band) => bandRows(band, k, end, metrics));
}

function rowOptions(row: ChartRow, metrics: ChartMetrics) {
  return {
    xMin: 0,
    xMax: metrics.plotWidth,
    markSize: metrics.markSize,
    gap: metrics.gap,
    labelPad: metrics.labelPad,
    minLabel: minLabelOf(row.lane, metrics),
    maxLabel: metrics.maxLabel,
    labelsPastEnd: true,
  };
}


/** The pixel position of every item in the row. */
function positions(row: ChartRow, scale: TimeScale): Float64Array {
  let anchors = anchorCache.get(row.items);
  if (!anchors) {
    anchors = Float64Array.from(row.items, (item) => item.anchor);
    // (A lane's tracks fill this as they are made; this is for rows made otherwise.)
    anchorCache.set(row.items, anchors);
  }
  return mapAll(scale, anchors);
}

const clusterKey = (row: ChartRow, first: TimelineItem) => `cluster:${row.key}:${first.id}`;

// Label texts and widths are worked out for an item only once it is drawn with a label, then kept.
const candidateCache = new WeakMap<TimelineItem, { fontPx: number; lang: string; candidates: LabelCandidate[] }>();

/** An item's label candidates with their widths at this font size. */
function candidatesFor(item: TimelineItem, { fontPx, lang }: ChartMetrics): LabelCandidate[] {
  const cached = candidateCache.get(item);
  if (cached?.fontPx === fontPx && cached.lang === lang) return cached.candidates;
  const candidates = labelCandidates(item.event, lang).map((text) => ({ text, width: estimateTextWidth(text, fontPx) + LABEL_PADDING }));
  candidateCache.set(item, { fontPx, lang, candidates });
  return candidates;
}

/**
 * The text for a label box: the placed label when it fits; otherwise, of all the item's labels
 * shortened between words (so no figure is ever cut), the one that keeps the most words, the
 * more preferred one on a tie ("nearly 240…" rather than "Palestinians…").
 */
function fitLabelText(item: TimelineItem, placed: string, room: number, metrics: ChartMetrics): string {
  const { fontPx } = metrics;
  if (estimateTextWidth(placed, fontPx) <= room) return placed;
  const wordsKept = (text: string) => text.replace(/…$/u, '').split(' ').filter(Boolean).length;
  let best = '';
  for (const { text: candidate } of candidatesFor(item, metrics)) {
    const short = shortenToWidth(candidate, room, fontPx);
    if (!best || wordsKept(short) > wordsKept(best)) best = short;
  }
  return best || shortenToWidth(placed, room, fontPx);
}

/** Every mark in view, row by row, left to right. */
export function layoutMarks(rows: readonly ChartRow[], scale: TimeScale, metrics: ChartMetrics): ChartMark[] {
  const marks: ChartMark[] = [];
  for (const row of rows) {
    const xs = positions(row, scale);
    const labelsOf = (i: number): LabelCandidate[] => (row.items[i] ? candidatesFor(row.items[i], metrics) : []);
    for (const mark of layoutLane(xs, labelsOf, rowOptions(row, metrics))) {
      if (mark.kind === 'single') {
        const item = row.items[mark.index]!;
        const text = fitLabelText(item, mark.label.text, mark.label.x1 - mark.label.x0 - LABEL_PADDING, metrics);
        marks.push({ kind: 'single', key: item.id, row, item, x: mark.x, label: { ...mark.label, text } });
      } else {
        const items = row.items.slice(mark.from, mark.to + 1);
        marks.push({ kind: 'cluster', key: clusterKey(row, items[0]!), row, items, x: mark.x, width: mark.width });
      }
    }
  }
  return marks;
}

/** The ids a mark stands for. */
export function markIds(mark: ChartMark): string[] {
  return mark.kind === 'single' ? [mark.item.id] : mark.items.map((item) => item.id);
}

/**
 * Every mark of the story in time order, for the arrow keys: the marks in view as drawn, and
 * beyond the view the runs they would be drawn as at this zoom.
 */
export function navStops(rows: readonly ChartRow[], visible: readonly ChartMark[], scale: TimeScale, metrics: ChartMetrics): NavStop[] {
  const stops: (NavStop & { rowIndex: number })[] = [];
  rows.forEach((row, rowIndex) => {
    const inRow = visible.filter((mark) => mark.row.key === row.key);
    const ids = new Set(inRow.flatMap(markIds));
    for (const mark of inRow) {
      const first = mark.kind === 'single' ? mark.item : mark.items[0]!;
      stops.push({ ids: markIds(mark), time: first.anchor, rowIndex });
    }
    for (const run of laneRuns(positions(row, scale), rowOptions(row, metrics))) {
      const members = row.items.slice(run.from, run.to + 1);
      if (members.some((item) => ids.has(item.id))) continue;
      stops.push({ ids: members.map((item) => item.id), time: members[0]!.anchor, rowIndex });
    }
  });
  return stops.sort((a, b) => a.time - b.time || a.rowIndex - b.rowIndex).map(({ ids, time }) => ({ ids, time }));
}

/** The marks the chart draws for `view` (chart time) over `domain`: what a first view or a reveal is judged by. */
export function marksFor(bands: readonly LaneBand[], view: TimeWindow, domain: TimeWindow, metrics: ChartMetrics): ChartMark[] {
  const scale = viewScale(view, domain, metrics.plotWidth);
  return layoutMarks(rowsAt(bands, scale, domain.end, metrics), scale, metrics);
}

/** Whether a mark is one event drawn whole in view with its label: a titled mark a reader can read. */
export function isTitledInView(mark: ChartMark, metrics: ChartMetrics): mark is Extract<ChartMark, { kind: 'single' }> {
  if (mark.kind !== 'single') return false;
  const half = metrics.markSize / 2;
  return mark.x - half >= 0 && mark.x + half <= metrics.plotWidth && mark.label.x0 >= 0 && mark.label.x1 <= metrics.plotWidth;
}
