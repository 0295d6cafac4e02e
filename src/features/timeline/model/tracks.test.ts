import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignTracks, boxOf, firstFitTracks, shareTracks, trackZoom, type TrackInput } from './tracks';

const sizes = { markSize: 24, gap: 4, labelPad: 4 };

/** A lane of `anchors` (ms, sorted) whose events last `lengths` ms and reserve `labels` px. */
function lane(anchors: number[], lengths: number[], labels: number[], end: number): TrackInput {
  return { anchors, ends: anchors.map((a, i) => a + (lengths[i] ?? 0)), labelWidth: (i) => labels[i] ?? 80, maxLabelWidth: Math.max(80, ...labels), spacing: 80, end };
}

const laneArb = fc
  .record({
    anchors: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 60 }),
    lengths: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40_000 })), { minLength: 60, maxLength: 60 }),
    labels: fc.array(fc.integer({ min: 40, max: 320 }), { minLength: 60, maxLength: 60 }),
    k: fc.double({ min: 0.001, max: 0.2, noNaN: true }),
    tracks: fc.integer({ min: 1, max: 8 }),
  })
  .map(({ anchors, ...rest }) => ({ ...rest, anchors: [...anchors].sort((a, b) => a - b) }));

describe('stacking events in tracks', () => {
  it('puts events of the same moment one under another, each with its title', () => {
    const input = lane([1000, 1000, 1000], [0, 0, 0], [100, 100, 100], 1e9);
    expect([...firstFitTracks(input, 0.1, sizes).track]).toEqual([0, 1, 2]);
    // Far enough apart, they share the first track.
    const apart = lane([0, 10_000, 20_000], [0, 0, 0], [100, 100, 100], 1e9);
    expect([...firstFitTracks(apart, 0.1, sizes).track]).toEqual([0, 0, 0]);
  });

  it('keeps an event that lasts in its own track for as long as its bar runs', () => {
    // A 30-second event: its bar reaches past its label, so the next event (20 s later) goes below it.
    const input = lane([0, 20_000], [30_000, 0], [60, 60], 1e9);
    expect([...firstFitTracks(input, 0.01, sizes).track]).toEqual([0, 1]);
  });

  it('reserves a label on the left of a mark near the chart’s end', () => {
    const input = lane([0, 9_900], [0, 0], [100, 100], 10_000);
    expect(boxOf(input, 1, 0.1, sizes)).toEqual({ left: -(12 + 4 + 100), right: 40 });
    expect(boxOf(input, 0, 0.1, sizes)).toEqual({ left: -40, right: 12 + 4 + 100 });
  });

  it('keeps marks of one track at least its spacing apart, even a mark labelled leftwards before one labelled rightwards', () => {
    // Near the end, the first labels leftwards and the second (short) rightwards: their boxes alone would let them sit 30 px apart.
    const input = { ...lane([9_000, 9_300], [0, 0], [200, 40], 10_000), spacing: 80 };
    expect([...firstFitTracks(input, 0.1, sizes).track]).toEqual([0, 1]);
  });

  it('property: no two boxes of one track overlap, and the tracks are the fewest first-fit needs', () => {
    fc.assert(
      fc.property(laneArb, ({ anchors, lengths, labels, k }) => {
        const input = lane(anchors, lengths, labels, 120_000);
        const { track, used } = firstFitTracks(input, k, sizes);
        const boxes = anchors.map((a, i) => {
          const box = boxOf(input, i, k, sizes);
          return { t: track[i]!, left: a * k + box.left, right: a * k + box.right };
        });
        expect(Math.max(...track) + 1).toBe(used);
        // And no two marks of a track closer than its spacing.
        for (let i = 0; i < boxes.length; i += 1) for (let j = i + 1; j < boxes.length; j += 1) if (boxes[i]!.t === boxes[j]!.t) expect(Math.abs(anchors[j]! - anchors[i]!) * k).toBeGreaterThanOrEqual(80 - 1e-6);
        for (let i = 0; i < boxes.length; i += 1) {
          for (let j = i + 1; j < boxes.length; j += 1) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.t === b.t) expect(a.right + sizes.gap <= b.left + 1e-6 || b.right + sizes.gap <= a.left + 1e-6, `${i} and ${j} in track ${a.t}`).toBe(true);
          }
        }
      }),
    );
  });

  it('property: rows are stable as the view pans: moving every event by the same time moves none to another track', () => {
    fc.assert(
      fc.property(laneArb, fc.integer({ min: -1e12, max: 1e12 }), ({ anchors, lengths, labels, k, tracks }, shift) => {
        const here = assignTracks(lane(anchors, lengths, labels, 120_000), k, sizes, tracks);
        const there = assignTracks(lane(anchors.map((a) => a + shift), lengths, labels, 120_000 + shift), k, sizes, tracks);
        expect([...there.track]).toEqual([...here.track]);
      }),
    );
  });

  it('property: with a limit, events keep their first-fit track, and only those past the limit share the last', () => {
    fc.assert(
      fc.property(laneArb, ({ anchors, lengths, labels, k, tracks }) => {
        const input = lane(anchors, lengths, labels, 120_000);
        const free = firstFitTracks(input, k, sizes).track;
        const { track, overflow } = assignTracks(input, k, sizes, tracks);
        free.forEach((t, i) => expect(track[i]).toBe(Math.min(t, tracks - 1)));
        expect(overflow).toBe([...free].some((t) => t >= tracks));
      }),
    );
  });

  it('property: tracks stacked at the rounded zoom keep their boxes apart at the zoom drawn, which is at most 9 % closer', () => {
    fc.assert(
      fc.property(laneArb, ({ anchors, lengths, labels, k }) => {
        const input = lane(anchors, lengths, labels, 1e12);
        const rounded = trackZoom(k);
        expect(rounded).toBeLessThanOrEqual(k);
        expect(rounded).toBeGreaterThan(k / 2 ** (1 / 8) - 1e-12);
        const { track } = firstFitTracks(input, rounded, sizes);
        const boxes = anchors.map((a, i) => {
          const box = boxOf(input, i, k, sizes);
          return { t: track[i]!, left: a * k + box.left, right: a * k + box.right };
        });
        for (let i = 0; i < boxes.length; i += 1) {
          for (let j = i + 1; j < boxes.length; j += 1) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.t === b.t) expect(a.right + sizes.gap <= b.left + 1e-6 || b.right + sizes.gap <= a.left + 1e-6).toBe(true);
          }
        }
      }),
    );
  });

  it('shares a budget of tracks: every lane at least one, then the neediest first', () => {
    expect(shareTracks([1, 2, 8, 2], 20, 10)).toEqual([1, 2, 8, 2]);
    expect(shareTracks([30, 30, 1], 10, 10)).toEqual([5, 4, 1]);
    expect(shareTracks([0, 3], 2, 10)).toEqual([1, 1]);
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 8 }), fc.integer({ min: 8, max: 30 }), (needs, budget) => {
        const given = shareTracks(needs, budget, 10);
        expect(given.every((g, i) => g >= 1 && g <= Math.max(1, Math.min(10, needs[i]!)))).toBe(true);
        expect(given.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(Math.max(budget, needs.length));
      }),
    );
  });
});
