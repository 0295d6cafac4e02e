import { clusterWidth, groupByProximity, startsRun, type Proximity, type Run } from './clusters';

/**
 * Label placement for one lane, as a pure function of pixel positions: each event gets a mark
 * and a label beside it, or joins a cluster mark. No two boxes (marks, labels, clusters) in a
 * lane overlap, and every event in view is either labelled or inside a cluster; both are
 * checked by a property test.
 */

/** A label the mark could carry, with its estimated width in pixels. */
export interface LabelCandidate {
  text: string;
  width: number;
}

export interface LaneLayoutOptions {
  /** The visible part of the plot, in pixels. */
  xMin: number;
  xMax: number;
  /** A single mark's width (a touch target). */
  markSize: number;
  /** The least space between two boxes. */
  gap: number;
  /** Space between a mark and its label. */
  labelPad: number;
  /** The narrowest label worth drawing; narrower than this and the event joins a cluster. */
  minLabel: number;
  /** The widest label drawn: a longer candidate gives way to a shorter one. */
  maxLabel?: number;
  /**
   * Whether a label may run past `xMax`, where the plot clips it, rather than be shortened, moved
   * or merged because the view ends there: a mark coming into view keeps its place and its label
   * as the reader pans, as in any timeline.
   */
  labelsPastEnd?: boolean;
}

/** A label placed beside its mark, spanning `x0` to `x1`. */
export interface PlacedLabel {
  text: string;
  x0: number;
  x1: number;
  side: 'left' | 'right';
}

/** What the lane draws: a labelled single event, or a cluster of the items `from`..`to`. */
export type LaneMark =
  | { kind: 'single'; index: number; x: number; label: PlacedLabel }
  | { kind: 'cluster'; from: number; to: number; x: number; width: number };

interface Box {
  left: number;
  right: number;
  x: number;
  width: number;
}

/** The index of the first (most preferred) candidate that fits whole in `room`, or -1. */
function fitting(candidates: readonly LabelCandidate[], room: number, maxLabel: number): number {
  return candidates.findIndex((c) => c.width <= Math.min(room, maxLabel));
}

/** The last (shortest) candidate cut to the room, for when none fits whole: it ends in an ellipsis. */
function chooseLabel(candidates: readonly LabelCandidate[], room: number, maxLabel: number): LabelCandidate {
  const last = candidates[candidates.length - 1];
  return { text: last?.text ?? '', width: Math.min(last?.width ?? 0, room, maxLabel) };
}

/**
 * A label beside a mark: the most preferred candidate that fits whole in view on either side (the
 * right on a tie), else the shortest cut to fit on the side with more room in view; null when
 * neither side has `minLabel` of room. With `labelsPastEnd`, a mark at the view's end whose label
 * has no room in view keeps it on the right, running past the end.
 */
function placeLabel(candidates: readonly LabelCandidate[], box: Box, roomRight: number, roomLeft: number, options: LaneLayoutOptions): PlacedLabel | null {
  const { labelPad, minLabel } = options;
  const maxLabel = options.maxLabel ?? Number.POSITIVE_INFINITY;
  const right = (c: LabelCandidate): PlacedLabel => ({ text: c.text, x0: box.right + labelPad, x1: box.right + labelPad + c.width, side: 'right' });
  const left = (c: LabelCandidate): PlacedLabel => ({ text: c.text, x0: box.left - labelPad - c.width, x1: box.left - labelPad, side: 'left' });
  const rightInView = Math.min(roomRight, options.xMax - box.right - labelPad);
  const wholeRight = rightInView >= minLabel ? fitting(candidates, rightInView, maxLabel) : -1;
  const wholeLeft = roomLeft >= minLabel ? fitting(candidates, roomLeft, maxLabel) : -1;
  if (wholeRight !== -1 && (wholeLeft === -1 || wholeRight <= wholeLeft)) return right(candidates[wholeRight]!);
  if (wholeLeft !== -1) return left(candidates[wholeLeft]!);
  // Nothing fits whole in view: cut the label on the side with more room (the right on a tie).
  const rightOk = rightInView >= minLabel;
  const leftOk = roomLeft >= minLabel;
  if (rightOk && (!leftOk || Math.min(rightInView, maxLabel) >= Math.min(roomLeft, maxLabel))) return right(chooseLabel(candidates, rightInView, maxLabel));
  if (leftOk) return left(chooseLabel(candidates, roomLeft, maxLabel));
  if (options.labelsPastEnd && roomRight >= minLabel) {
    const past = fitting(candidates, roomRight, maxLabel);
    return right(past !== -1 ? candidates[past]! : chooseLabel(candidates, roomRight, maxLabel));
  }
  return null;
}

export type GroupingOptions = Pick<LaneLayoutOptions, 'markSize' | 'gap' | 'labelPad' | 'minLabel'>;

/**
 * How close two of a lane's `count` marks may come before they run together (and may merge into a
 * count): half the shortest label apart, so they can still be labelled outwards, one to each side.
 */
export function runThreshold(count: number, options: GroupingOptions): number {
  const { markSize: m, gap, labelPad, minLabel } = options;
  return m / 2 + clusterWidth(count, m) / 2 + gap + labelPad + minLabel / 2;
}

/** How the lane's items group into runs at these sizes. */
function proximityOf(xs: ArrayLike<number>, options: GroupingOptions): Proximity {
  const widest = clusterWidth(xs.length, options.markSize);
  const threshold = runThreshold(xs.length, options);
  // A run stops growing at twice that, so far-apart clusters never touch.
  return { threshold, maxSpan: 2 * (threshold + widest + options.gap), origin: xs[0] ?? 0 };
}

/**
 * The lane's first grouping, before labels are tried: neighbours nearer than the room the
 * shortest label needs run together. Runs outside the view are final, so keyboard navigation
 * can step through marks it has not drawn.
 */
export function laneRuns(xs: ArrayLike<number>, options: GroupingOptions): Run[] {
  return groupByProximity(xs, proximityOf(xs, options));
}

/** The items `from`..`to` (inclusive) of a lane whose layout is being worked out. */
interface Slice {
  from: number;
  to: number;
}

/** The first index whose position passes `test`, which is false up to some index and true from it (`xs` ascending); `xs.length` if none does. */
function firstWhere(xs: ArrayLike<number>, test: (x: number) => boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(xs[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The start of the run holding item `i`: grouping from there makes the same runs as grouping from the lane's first item. */
function runStartAtOrBefore(xs: ArrayLike<number>, i: number, proximity: Proximity): number {
  let at = Math.max(0, i);
  while (!startsRun(xs, at, proximity)) at -= 1;
  return at;
}

/** The end of the run holding item `i`. */
function runEndAtOrAfter(xs: ArrayLike<number>, i: number, proximity: Proximity): number {
  const last = xs.length - 1;
  let at = Math.min(last, i);
  while (at < last && !startsRun(xs, at + 1, proximity)) at += 1;
  return at;
}

/**
 * The part of the lane that can change what the view shows: the runs of the items in view, and
 * one more run on each side (the neighbours that constrain the marks in view). At 100,000
 * events zoomed in, this is what keeps a frame short: the layout works on the items near the
 * view, not on the whole lane.
 */
function viewSlice(xs: ArrayLike<number>, proximity: Proximity, options: LaneLayoutOptions): Slice {
  const half = options.markSize / 2;
  // The items whose marks reach into view.
  const first = firstWhere(xs, (x) => x + half >= options.xMin);
  const last = firstWhere(xs, (x) => x - half > options.xMax) - 1;
  if (first > last) return { from: first, to: last };
  return {
    from: runStartAtOrBefore(xs, runStartAtOrBefore(xs, first, proximity) - 1, proximity),
    to: runEndAtOrAfter(xs, runEndAtOrAfter(xs, last, proximity) + 1, proximity),
  };
}

/** Which side of a slice lacked a neighbour the layout needed. */
type Widen = 'left' | 'right';

/**
 * Lays out the items of one lane at pixel positions `xs` (ascending); `labelsOf(i)` gives item
 * i's label candidates and is only called for labelled items in view. Returns the marks that
 * intersect the visible range, in order. Works only on the part of the lane near the view, and
 * widens it when a merge reaches its edge, so the result equals `layoutWholeLane`'s.
 */
export function layoutLane(xs: ArrayLike<number>, labelsOf: (index: number) => readonly LabelCandidate[], options: LaneLayoutOptions): LaneMark[] {
  if (xs.length === 0) return [];
  const proximity = proximityOf(xs, options);
  let slice = viewSlice(xs, proximity, options);
  if (slice.from > slice.to) return [];
  for (;;) {
    const result = layoutSlice(xs, slice, labelsOf, options);
    if (result === 'left') slice = { ...slice, from: runStartAtOrBefore(xs, slice.from - 1, proximity) };
    else if (result === 'right') slice = { ...slice, to: runEndAtOrAfter(xs, slice.to + 1, proximity) };
    else return result;
  }
}

/** The same layout worked out over the whole lane: slower, and the reference `layoutLane` is tested against. */
export function layoutWholeLane(xs: ArrayLike<number>, labelsOf: (index: number) => readonly LabelCandidate[], options: LaneLayoutOptions): LaneMark[] {
  if (xs.length === 0) return [];
  const result = layoutSlice(xs, { from: 0, to: xs.length - 1 }, labelsOf, options);
  if (typeof result === 'string') throw new Error('a whole lane has no edge to widen');
  return result;
}

/**
 * The layout over the runs of `slice`, or the side to widen it on when the marks in view need a
 * neighbour the slice leaves out.
 */
function layoutSlice(xs: ArrayLike<number>, slice: Slice, labelsOf: (index: number) => readonly LabelCandidate[], options: LaneLayoutOptions): LaneMark[] | Widen {
  const { xMin, xMax, markSize: m, gap, labelPad, minLabel } = options;
  const runs = groupByProximity(xs, proximityOf(xs, options), slice.from, slice.to);
  const moreLeft = slice.from > 0;
  const moreRight = slice.to < xs.length - 1;

  const count = (run: Run) => run.to - run.from + 1;
  const extentLeft = (run: Run) => xs[run.from]! - m / 2;
  const extentRight = (run: Run) => xs[run.to]! + m / 2;
  const box = (run: Run): Box => {
    if (run.from === run.to) {
      const x = xs[run.from]!;
      return { left: x - m / 2, right: x + m / 2, x, width: m };
    }
    const width = clusterWidth(count(run), m);
    let x = (xs[run.from]! + xs[run.to]!) / 2;
    // A cluster that reaches into view is drawn inside it, even when its middle is outside.
    if (extentRight(run) >= xMin && extentLeft(run) <= xMax) x = Math.min(Math.max(x, xMin + width / 2), xMax - width / 2);
    return { left: x - width / 2, right: x + width / 2, x, width };
  };
  const inView = (run: Run) => extentRight(run) >= xMin && extentLeft(run) <= xMax;
  const merge = (at: number) => {
    const a = runs[at]!;
    const b = runs[at + 1]!;
    runs.splice(at, 2, { from: a.from, to: b.to });
  };

  for (;;) {
    let first = runs.findIndex(inView);
    if (first === -1) return [];
    let last = first;
    while (last + 1 < runs.length && inView(runs[last + 1]!)) last += 1;
    // The marks in view need their neighbours; when the slice leaves one out, it must widen.
    if (first === 0 && moreLeft) return 'left';
    if (last === runs.length - 1 && moreRight) return 'right';
    // Neighbours just outside the view still constrain the marks inside it.
    first = Math.max(0, first - 1);
    last = Math.min(runs.length - 1, last + 1);
    const boxes = runs.slice(first, last + 1).map(box);

    // Marks that would touch merge; each pass merges what it finds, then everything is placed again.
    const touching = boxes.findIndex((b, i) => i + 1 < boxes.length && b.right + gap > boxes[i + 1]!.left);
    if (touching !== -1) {
      merge(first + touching);
      continue;
    }

    // Right to left, how far each single's label may reach: up to the next mark, less the room
    // the next needs on its left when it has none on its right (and so on down the chain).
    const limits = new Array<number>(boxes.length);
    let nextNeedsLeft = false;
    for (let i = boxes.length - 1; i >= 0; i -= 1) {
      const next = boxes[i + 1];
      let limit = Math.min(options.labelsPastEnd ? Number.POSITIVE_INFINITY : xMax, (next ? next.left : Number.POSITIVE_INFINITY) - gap);
      if (next && nextNeedsLeft) limit = Math.min(limit, next.left - labelPad - minLabel - gap);
      limits[i] = limit;
      const run = runs[first + i]!;
      nextNeedsLeft = run.from === run.to && limit - (boxes[i]!.right + labelPad) < minLabel;
    }

    const marks: LaneMark[] = [];
    const failed: number[] = [];
    let prevRight = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < boxes.length; i += 1) {
      const run = runs[first + i]!;
      const b = boxes[i]!;
      if (!inView(run) || run.from !== run.to) {
        if (inView(run)) marks.push({ kind: 'cluster', from: run.from, to: run.to, x: b.x, width: b.width });
        prevRight = b.right;
        continue;
      }
      const rightLimit = limits[i]!;
      const label = placeLabel(labelsOf(run.from), b, rightLimit - (b.right + labelPad), b.left - labelPad - Math.max(xMin, prevRight + gap), options);
      if (!label) {
        failed.push(first + i);
        prevRight = b.right;
        continue;
      }
      marks.push({ kind: 'single', index: run.from, x: b.x, label });
      prevRight = label.side === 'right' ? label.x1 : b.right;
    }
    if (failed.length === 0) return marks;
    if (runs.length === 1) {
      // Nothing to merge with: the lane is narrower than one label. Keep the mark, with the room there is.
      const x = xs[0]!;
      const room = Math.max(1, xMax - x - m / 2 - labelPad);
      const chosen = chooseLabel(labelsOf(0), room, room);
      return [{ kind: 'single', index: 0, x, label: { text: chosen.text, x0: x + m / 2 + labelPad, x1: x + m / 2 + labelPad + chosen.width, side: 'right' } }];
    }
    // An event with no room for a label joins its nearer neighbour; right to left, so indexes stay valid.
    for (const at of failed.reverse()) {
      const run = runs[at];
      if (!run || run.from !== run.to) continue;
      const before = at > 0 ? xs[run.from]! - xs[runs[at - 1]!.to]! : Number.POSITIVE_INFINITY;
      const after = at + 1 < runs.length ? xs[runs[at + 1]!.from]! - xs[run.to]! : Number.POSITIVE_INFINITY;
      merge(before <= after ? at - 1 : at);
    }
  }
}
