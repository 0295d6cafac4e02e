import { mapAll } from '../../shared/scale/linear';
import type { NavStop } from './keyboard';
import type { TimelineItem } from './items';
import { LANES, type Lane } from './lanes';
import { laneRuns, layoutLane, type LabelCandidate, type PlacedLabel } from './labels';
import { labelCandidates } from './markText';
import type { ChartMetrics } from './metrics';
import type { TimeScale } from './scale';
import { estimateTextWidth, shortenToWidth } from './textWidth';

/**
 * The whole chart's layout for one view: which rows there are, and in each row the marks in
 * view with their labels, or clusters. Pure: positions in, boxes out.
 */

/** A row of the chart: one lane, or half of the truce periods (they alternate between two rows so neighbouring periods both keep a label). */
export interface RowGroup {
  key: string;
  lane: Lane;
  items: readonly TimelineItem[];
}

/** A row with its place in the plot. */
export interface ChartRow extends RowGroup {
  y: number;
  height: number;
}

/** A mark to draw: one labelled event, or a cluster of neighbours. */
export type ChartMark =
  | { kind: 'single'; key: string; row: ChartRow; item: TimelineItem; x: number; label: PlacedLabel }
  | { kind: 'cluster'; key: string; row: ChartRow; items: readonly TimelineItem[]; x: number; width: number };

/** Horizontal padding inside a label's pill, both sides together. */
export const LABEL_PADDING = 8;

/** The rows for these items (already in anchor order), from top to bottom; lanes without events are left out. */
export function groupRows(items: readonly TimelineItem[]): RowGroup[] {
  const rows: RowGroup[] = [];
  for (const lane of LANES) {
    const inLane = items.filter((item) => item.lane === lane.id);
    if (inLane.length === 0) continue;
    if (lane.id === 'periods') {
      const halves = [inLane.filter((_, i) => i % 2 === 0), inLane.filter((_, i) => i % 2 === 1)];
      halves.forEach((half, i) => half.length > 0 && rows.push({ key: `periods-${i}`, lane, items: half }));
    } else {
      rows.push({ key: lane.id, lane, items: inLane });
    }
  }
  return rows;
}

/** Places the rows one under another. */
export function placeRows(groups: readonly RowGroup[], metrics: ChartMetrics): ChartRow[] {
  let y = 0;
  return groups.map((group) => {
    const height = group.lane.id === 'periods' ? metrics.periodRowHeight : metrics.laneHeight;
    const row = { ...group, y, height };
    y += height;
    return row;
  });
}

/** The bottom of the last row: where the axis goes. */
export function rowsHeight(rows: readonly ChartRow[]): number {
  const last = rows[rows.length - 1];
  return last ? last.y + last.height : 0;
}

function rowOptions(row: ChartRow, metrics: ChartMetrics) {
  return {
    xMin: 0,
    xMax: metrics.plotWidth,
    markSize: metrics.markSize,
    gap: metrics.gap,
    labelPad: metrics.labelPad,
    minLabel: row.lane.id === 'periods' ? metrics.periodMinLabel : metrics.minLabel,
    maxLabel: metrics.maxLabel,
  };
}

// A row's anchor times, gathered once per set of items rather than read from every item each frame.
const anchorCache = new WeakMap<readonly TimelineItem[], Float64Array>();

/** The pixel position of every item in the row. */
function positions(row: ChartRow, scale: TimeScale): Float64Array {
  let anchors = anchorCache.get(row.items);
  if (!anchors) {
    anchors = Float64Array.from(row.items, (item) => item.anchor);
    anchorCache.set(row.items, anchors);
  }
  return mapAll(scale, anchors);
}

const clusterKey = (row: ChartRow, first: TimelineItem) => `cluster:${row.key}:${first.id}`;

// Label texts and widths are worked out for an item only once it is drawn with a label, then kept.
const candidateCache = new WeakMap<TimelineItem, { fontPx: number; candidates: LabelCandidate[] }>();

/** An item's label candidates with their widths at this font size. */
function candidatesFor(item: TimelineItem, fontPx: number): LabelCandidate[] {
  const cached = candidateCache.get(item);
  if (cached?.fontPx === fontPx) return cached.candidates;
  const candidates = labelCandidates(item.event).map((text) => ({ text, width: estimateTextWidth(text, fontPx) + LABEL_PADDING }));
  candidateCache.set(item, { fontPx, candidates });
  return candidates;
}

/**
 * The text for a label box: the placed label when it fits; otherwise, of all the item's labels
 * shortened between words (so no figure is ever cut), the one that keeps the most words, the
 * more preferred one on a tie ("nearly 240…" rather than "Palestinians…").
 */
function fitLabelText(item: TimelineItem, placed: string, room: number, fontPx: number): string {
  if (estimateTextWidth(placed, fontPx) <= room) return placed;
  const wordsKept = (text: string) => text.replace(/…$/u, '').split(' ').filter(Boolean).length;
  let best = '';
  for (const candidate of labelCandidates(item.event)) {
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
    const labelsOf = (i: number): LabelCandidate[] => (row.items[i] ? candidatesFor(row.items[i], metrics.fontPx) : []);
    for (const mark of layoutLane(xs, labelsOf, rowOptions(row, metrics))) {
      if (mark.kind === 'single') {
        const item = row.items[mark.index]!;
        const text = fitLabelText(item, mark.label.text, mark.label.x1 - mark.label.x0 - LABEL_PADDING, metrics.fontPx);
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
