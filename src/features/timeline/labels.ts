import { clusterWidth, groupByProximity, type Run } from './clusters';

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

/** Gives each candidate width: the first label that fits, else the last one shortened to the space. */
function chooseLabel(candidates: readonly LabelCandidate[], room: number): { text: string; width: number } {
  const fitting = candidates.find((c) => c.width <= room);
  if (fitting) return fitting;
  const last = candidates[candidates.length - 1];
  return { text: last?.text ?? '', width: room };
}

/**
 * The lane's first grouping, before labels are tried: neighbours nearer than the room the
 * shortest label needs run together. Runs outside the view are final, so keyboard navigation
 * can step through marks it has not drawn.
 */
export function laneRuns(xs: ArrayLike<number>, options: Pick<LaneLayoutOptions, 'markSize' | 'gap' | 'labelPad' | 'minLabel'>): Run[] {
  const { markSize: m, gap, labelPad, minLabel } = options;
  const widest = clusterWidth(xs.length, m);
  const threshold = m / 2 + widest / 2 + gap + labelPad + minLabel;
  // A run stops growing at twice that, so far-apart clusters never touch.
  return groupByProximity(xs, threshold, 2 * (threshold + widest + gap));
}

/**
 * Lays out the items of one lane at pixel positions `xs` (ascending); `labelsOf(i)` gives item
 * i's label candidates and is only called for labelled items in view. Returns the marks that
 * intersect the visible range, in order.
 */
export function layoutLane(xs: ArrayLike<number>, labelsOf: (index: number) => readonly LabelCandidate[], options: LaneLayoutOptions): LaneMark[] {
  const { xMin, xMax, markSize: m, gap, labelPad, minLabel } = options;
  if (xs.length === 0) return [];
  const runs = laneRuns(xs, options);

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

    const marks: LaneMark[] = [];
    let prevRight = Number.NEGATIVE_INFINITY;
    let failed = -1;
    for (let i = 0; i < boxes.length; i += 1) {
      const run = runs[first + i]!;
      const b = boxes[i]!;
      const next = boxes[i + 1];
      if (!inView(run)) {
        prevRight = b.right;
        continue;
      }
      if (run.from !== run.to) {
        marks.push({ kind: 'cluster', from: run.from, to: run.to, x: b.x, width: b.width });
        prevRight = b.right;
        continue;
      }
      const nextLeft = next ? next.left : Number.POSITIVE_INFINITY;
      let rightLimit = Math.min(xMax, nextLeft - gap);
      // Leave the next mark room for a label on its left when it has none on its right.
      const afterNext = boxes[i + 2];
      const nextRun = runs[first + i + 1];
      if (next && nextRun && nextRun.from === nextRun.to) {
        const nextRoomRight = Math.min(xMax, (afterNext ? afterNext.left : Number.POSITIVE_INFINITY) - gap) - (next.right + labelPad);
        if (nextRoomRight < minLabel) rightLimit = Math.min(rightLimit, next.left - labelPad - minLabel - gap);
      }
      const roomRight = rightLimit - (b.right + labelPad);
      const roomLeft = b.left - labelPad - Math.max(xMin, prevRight + gap);
      let label: PlacedLabel | null = null;
      if (roomRight >= minLabel) {
        const chosen = chooseLabel(labelsOf(run.from), roomRight);
        const width = Math.min(chosen.width, roomRight);
        label = { text: chosen.text, x0: b.right + labelPad, x1: b.right + labelPad + width, side: 'right' };
        prevRight = label.x1;
      } else if (roomLeft >= minLabel) {
        const chosen = chooseLabel(labelsOf(run.from), roomLeft);
        const width = Math.min(chosen.width, roomLeft);
        label = { text: chosen.text, x0: b.left - labelPad - width, x1: b.left - labelPad, side: 'left' };
        prevRight = b.right;
      }
      if (!label) {
        failed = first + i;
        break;
      }
      marks.push({ kind: 'single', index: run.from, x: b.x, label });
    }
    if (failed === -1) return marks;
    if (runs.length === 1) {
      // Nothing to merge with: the lane is narrower than one label. Keep the mark, with the room there is.
      const x = xs[0]!;
      const chosen = chooseLabel(labelsOf(0), Math.max(0, xMax - x - m / 2 - labelPad));
      return [{ kind: 'single', index: 0, x, label: { text: chosen.text, x0: x + m / 2 + labelPad, x1: x + m / 2 + labelPad + chosen.width, side: 'right' } }];
    }
    // An event with no room for a label joins its nearer neighbour.
    const run = runs[failed]!;
    const before = failed > 0 ? xs[run.from]! - xs[runs[failed - 1]!.to]! : Number.POSITIVE_INFINITY;
    const after = failed + 1 < runs.length ? xs[runs[failed + 1]!.from]! - xs[run.to]! : Number.POSITIVE_INFINITY;
    merge(before <= after ? failed - 1 : failed);
  }
}
