/**
 * Stacking: the events of one lane share its width the way a reader expects of any timeline.
 * Each event reserves a box, its mark with its title beside it (and its bar, when it lasts), and
 * takes the first track (row) of the lane where that box is free; events of the same moment or
 * close together therefore stack one under another instead of hiding in a count.
 *
 * Pure, and independent of where the view is: positions are compared relative to the lane's first
 * event, so panning never moves an event to another track; only zooming (which changes the room
 * a box takes in time) can.
 */

/** The room a box needs, in pixels. */
export interface TrackSizes {
  /** A mark's width. */
  markSize: number;
  /** The least space between two boxes of one track. */
  gap: number;
  /** Space between a mark and its label. */
  labelPad: number;
}

/** One lane's events as the stacking sees them, in anchor order. */
export interface TrackInput {
  /** Where each mark sits (chart time, ascending). */
  anchors: ArrayLike<number>;
  /** Where each event's bar ends (chart time); its anchor when it has none. */
  ends: ArrayLike<number>;
  /** The width, in pixels, of the label item `i` reserves. */
  labelWidth: (i: number) => number;
  /** No label reserves more than this. */
  maxLabelWidth: number;
  /**
   * The least distance, in pixels, between two marks of one track: closer, a track's layout would
   * run them together into a count (`runThreshold`).
   */
  spacing: number;
  /**
   * The chart's right end (chart time). A label that would run past it is reserved on its mark's
   * left instead, where placement will put it; it depends on the story, not the view, so panning
   * still moves nothing.
   */
  end: number;
}

/**
 * Item `i`'s box at `pxPerMs`, in pixels from its mark's centre: its mark, its label on the right
 * (or on the left near the chart's end), its bar, and at least half the track's least spacing on
 * either side (so a mark labelled leftwards and one labelled rightwards never sit too close).
 */
export function boxOf(input: TrackInput, i: number, pxPerMs: number, sizes: TrackSizes): { left: number; right: number } {
  const box = { left: 0, right: 0 };
  fillBox(input, i, pxPerMs, sizes, box);
  return box;
}

/** `boxOf` into `out`, allocating nothing: a zoom frame of a 100,000-event story asks it for every event. */
function fillBox(input: TrackInput, i: number, pxPerMs: number, sizes: TrackSizes, out: { left: number; right: number }): void {
  const half = Math.max(sizes.markSize, input.spacing) / 2;
  const label = sizes.markSize / 2 + sizes.labelPad + input.labelWidth(i);
  const bar = (input.ends[i]! - input.anchors[i]!) * pxPerMs;
  const roomToEnd = (input.end - input.anchors[i]!) * pxPerMs;
  if (label <= roomToEnd) {
    out.left = -half;
    out.right = Math.max(label, bar, half);
  } else {
    out.left = -Math.max(label, half);
    out.right = Math.max(bar, half);
  }
}

/**
 * The zoom level tracks are worked out at: `pxPerMs` rounded down to a step of 2^(1/8) (about 9 %).
 * Boxes worked out a little zoomed out are a little longer in time than drawn, so stacking stays
 * free of overlaps; and a zoom gesture, frame after frame, reuses one stacking for every nine per cent
 * it zooms instead of stacking every event again each frame.
 */
export function trackZoom(pxPerMs: number): number {
  return 2 ** (Math.floor(Math.log2(pxPerMs) * 8) / 8);
}

/**
 * The first track whose box is free for each item, at `pxPerMs` pixels per millisecond, with at
 * most `limit` tracks. An item that finds none gets `limit` (it overflows). Returns the tracks and
 * how many were used.
 */
export function firstFitTracks(input: TrackInput, pxPerMs: number, sizes: TrackSizes, limit = Number.POSITIVE_INFINITY): { track: Uint16Array; used: number } {
  const n = input.anchors.length;
  const track = new Uint16Array(n);
  const cap = Math.min(limit, 65_535);
  // Each track's right edge, in pixels from the lane's first mark.
  const rights: number[] = [];
  const origin = n > 0 ? input.anchors[0]! : 0;
  const half = Math.max(sizes.markSize, input.spacing) / 2;
  const labelStart = sizes.markSize / 2 + sizes.labelPad;
  // Farther from the end than the widest label, a label surely goes right: its width is needed only if the event gets a track.
  const surelyRight = labelStart + input.maxLabelWidth;
  for (let i = 0; i < n; i += 1) {
    const anchor = input.anchors[i]!;
    const x = (anchor - origin) * pxPerMs;
    const roomToEnd = (input.end - anchor) * pxPerMs;
    let label = -1;
    let rightward = true;
    if (roomToEnd < surelyRight) {
      label = labelStart + input.labelWidth(i);
      rightward = label <= roomToEnd;
    }
    const left = x - (rightward ? half : Math.max(label, half));
    let t = 0;
    while (t < rights.length && rights[t]! + sizes.gap > left) t += 1;
    if (t >= cap) {
      track[i] = cap;
      continue;
    }
    track[i] = t;
    // The same box as `boxOf`, worked out here without allocating.
    const bar = (input.ends[i]! - anchor) * pxPerMs;
    if (rightward) {
      if (label < 0) label = labelStart + input.labelWidth(i);
      rights[t] = x + Math.max(label, bar, half);
    } else {
      rights[t] = x + Math.max(bar, half);
    }
  }
  return { track, used: rights.length };
}

/**
 * Each item's track in a lane of `tracks` tracks: the first that is free, and the last for any
 * that find none (then `overflow` is true). The last track is laid out like a single lane (labels
 * where there is room, clusters where there is not), so a count appears only where more events
 * crowd a stretch than the lane has tracks for.
 */
export function assignTracks(input: TrackInput, pxPerMs: number, sizes: TrackSizes, tracks: number): { track: Uint16Array; overflow: boolean } {
  const last = Math.max(1, tracks) - 1;
  const { track } = firstFitTracks(input, pxPerMs, sizes, last + 1);
  let overflow = false;
  for (let i = 0; i < track.length; i += 1) {
    if (track[i]! > last) {
      track[i] = last;
      overflow = true;
    }
  }
  return { track, overflow };
}

/**
 * How many tracks each lane gets when together they may have `budget`: every lane one, then
 * one at a time to the lane that still lacks the most, up to what it needs and `perLane`.
 */
export function shareTracks(needs: readonly number[], budget: number, perLane: number): number[] {
  const wanted = needs.map((need) => Math.max(1, Math.min(perLane, need)));
  const given = wanted.map(() => 1);
  let left = budget - given.length;
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < wanted.length; i += 1) if (given[i]! < wanted[i]! && (best === -1 || wanted[i]! - given[i]! > wanted[best]! - given[best]!)) best = i;
    if (best === -1) break;
    given[best]! += 1;
    left -= 1;
  }
  return given;
}
