import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartRow } from './layout';
import { scaleUtc } from 'd3-scale';
import { spanBars, type Span } from './spans';
import { defaultKinds } from '../../../shared/schema/storyVocabulary';

const row = (key: string, overflow = true): ChartRow => ({
  key,
  lane: defaultKinds().lanes[1]!,
  band: { key, lane: defaultKinds().lanes[1]!, items: [], tracks: 1, y: 0, height: 40 },
  track: 0,
  items: [],
  overflow,
  y: 0,
  height: 40,
});
// Overflow tracks: the last track of a lane more crowded than its tracks, where bars may merge.
const exchanges = row('exchanges');
const violence = row('violence');
const stacked = row('exchanges:0', false);
// One pixel per unit of time across a plot 1000 pixels wide.
const scale = scaleUtc([0, 1000], [0, 1000]);
const span = (id: string, start: number, end: number, on = exchanges): Span => ({ id, row: on, start, end });

describe('span bars', () => {
  it('never merges the bars of two events in a stacked track, even where they touch', () => {
    // The "trapped for 18 days" span and the hospital stay that follows it stay two bars.
    const bars = spanBars([span('trapped', 100, 280, stacked), span('hospital', 280, 350, stacked)], scale, 1000, 12);
    expect(bars.map(({ key, x0, x1 }) => [key, x0, x1])).toEqual([
      ['trapped', 100, 280],
      ['hospital', 280, 350],
    ]);
  });

  it('in an overflow track, draws one bar for spans that overlap or touch, and keeps rows apart', () => {
    const bars = spanBars([span('a', 100, 200), span('b', 150, 300), span('c', 300, 320), span('d', 120, 400, violence), span('e', 500, 600)], scale, 1000, 12);
    expect(bars.map(({ key, row: r, x0, x1 }) => [key, r.key, x0, x1])).toEqual([
      ['a', 'exchanges', 100, 320],
      ['d', 'violence', 120, 400],
      ['e', 'exchanges', 500, 600],
    ]);
  });

  it('cuts bars at the plot’s edges and leaves out bars too short to see beside their marks', () => {
    const bars = spanBars([span('early', -500, 50), span('short', 60, 65), span('late', 900, 4000), span('gone', 2000, 3000)], scale, 1000, 12);
    expect(bars.map(({ key, x0, x1 }) => [key, x0, x1])).toEqual([
      ['early', -2, 50],
      ['late', 900, 1002],
    ]);
  });

  it('property: a row’s bars cover exactly the pixels its visible spans cover, and never overlap', () => {
    const spans = fc.array(fc.tuple(fc.integer({ min: -200, max: 1200 }), fc.integer({ min: 0, max: 400 }), fc.boolean()), { maxLength: 60 }).map((list) =>
      list.map(([start, length, second], i) => span(`s${i}`, start, start + length, second ? violence : exchanges)).sort((a, b) => a.start - b.start),
    );
    fc.assert(
      fc.property(spans, (list) => {
        const bars = spanBars(list, scale, 1000, 12);
        for (const s of list) {
          const x0 = Math.max(-2, s.start);
          const x1 = Math.min(1002, s.end);
          if (x1 - x0 < 12) continue;
          // Within a pixel's billionth: the scale's arithmetic maps 1001 to 1000.9999999999999.
          expect(bars.some((b) => b.row === s.row && b.x0 <= x0 + 1e-9 && b.x1 >= x1 - 1e-9), s.id).toBe(true);
        }
        const visible = list.map((s) => ({ row: s.row, x0: Math.max(-2, s.start), x1: Math.min(1002, s.end) })).filter((s) => s.x1 - s.x0 >= 12);
        for (const b of bars) {
          for (let x = Math.ceil(b.x0); x <= b.x1; x += 1) expect(visible.some((s) => s.row === b.row && s.x0 <= x && x <= s.x1), `${b.key} at ${x}`).toBe(true);
        }
        for (const r of [exchanges, violence]) {
          const own = bars.filter((b) => b.row === r);
          own.forEach((b, i) => i > 0 && expect(b.x0).toBeGreaterThan(own[i - 1]!.x1));
        }
      }),
    );
  });
});
