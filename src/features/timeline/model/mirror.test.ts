import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../../shared/schema/validate';
import { defaultKinds } from '../../../shared/schema/storyVocabulary';
import { chartDomain } from './frame';
import { buildItems, itemInstants, warpItems } from './items';
import { groupRows, layoutMarks, placeBands, rowsAt, type ChartMark } from './layout';
import { chartMetrics } from './metrics';
import { drawing, mirrorMark, mirrorX } from './mirror';
import { openingLayout } from './opening';
import { viewScale } from './scale';
import { storyWarp } from './warp';
import type { TimeWindow } from './window';

const result = validateTimeline(JSON.parse(readFileSync(new URL('../../../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')));
if (!result.ok) throw new Error('the committed timeline does not validate');
const real = buildItems(result.timeline.events, defaultKinds());
const items = warpItems(real, storyWarp(itemInstants(real)));
const groups = groupRows(items);
const domain = chartDomain(items);

/** The model's marks (time left to right) and the same marks as drawn right to left, at `width` for `view` (null: the first view). */
function marksAt(width: number, view: TimeWindow | null) {
  const metrics = chartMetrics(width);
  const opening = openingLayout(groups, domain, metrics);
  const bands = placeBands(groups, opening.tracks, metrics);
  const scale = viewScale(view ?? opening.view, domain, metrics.plotWidth);
  const marks = layoutMarks(rowsAt(bands, scale, domain.end, metrics), scale, metrics);
  const drawn = drawing({ marks, spans: [], ticks: [], breaks: [], toX: scale }, metrics.plotWidth, true);
  return { marks, drawn, scale, width: metrics.plotWidth };
}

type Single = Extract<ChartMark, { kind: 'single' }>;
const singles = (marks: readonly ChartMark[]) => marks.filter((mark): mark is Single => mark.kind === 'single');

/** A view inside the story: a start and a span as fractions of it. */
const views = fc.record({ at: fc.double({ min: 0, max: 0.95, noNaN: true }), span: fc.double({ min: 0.002, max: 1, noNaN: true }) }).map(({ at, span }): TimeWindow => {
  const whole = domain.end - domain.start;
  const start = domain.start + at * whole;
  return { start, end: Math.min(domain.end, start + Math.max(span * whole, 3_600_000)) };
});

describe('the chart drawn right to left', () => {
  it('puts the earlier of any two events further right: time order is the visual order read right to left', () => {
    fc.assert(
      fc.property(fc.constantFrom(288, 343, 608, 1120), views, (width, view) => {
        const drawn = singles(marksAt(width, view).drawn.marks);
        for (const a of drawn)
          for (const b of drawn) {
            if (a.item.anchor < b.item.anchor) expect(a.x, `${a.item.id} before ${b.item.id}`).toBeGreaterThan(b.x);
            if (a.item.anchor === b.item.anchor) expect(a.x).toBe(b.x);
          }
      }),
      { numRuns: 200 },
    );
  });

  it('draws the first view with the story’s first event rightmost and its last leftmost', () => {
    const { drawn, width } = marksAt(1120, null);
    const byTime = [...singles(drawn.marks)].sort((a, b) => a.item.anchor - b.item.anchor);
    const xs = byTime.map((mark) => mark.x);
    expect(xs[0]).toBe(Math.max(...xs));
    expect(xs.at(-1)).toBe(Math.min(...xs));
    // Every mark and label stays inside the plot, as it was left to right.
    for (const mark of singles(drawn.marks)) {
      expect(mark.label.x0).toBeGreaterThanOrEqual(0);
      expect(mark.label.x1).toBeLessThanOrEqual(width);
    }
  });

  it('keeps each label beside its mark on the same side in time, now the other side on screen, and keeps every box where the layout kept it apart', () => {
    fc.assert(
      fc.property(fc.constantFrom(343, 1120), views, (width, view) => {
        const { marks, drawn } = marksAt(width, view);
        const model = singles(marks);
        const mirrored = singles(drawn.marks);
        model.forEach((mark, index) => {
          const twin = mirrored[index]!;
          // After the mark in time: right of it left to right, left of it right to left.
          const afterInTime = mark.label.x0 >= mark.x;
          expect(twin.label.x1 <= twin.x).toBe(afterInTime);
          expect(twin.label.side).toBe(mark.label.side === 'left' ? 'right' : 'left');
          expect(twin.label.x1 - twin.label.x0).toBeCloseTo(mark.label.x1 - mark.label.x0, 9);
        });
        // Two labels of a track that did not overlap still do not.
        for (const a of mirrored)
          for (const b of mirrored) {
            if (a === b || a.row.key !== b.row.key) continue;
            const apart = (m: Single, n: Single) => m.label.x1 <= n.label.x0 || n.label.x1 <= m.label.x0;
            const twinA = model[mirrored.indexOf(a)]!;
            const twinB = model[mirrored.indexOf(b)]!;
            expect(apart(a, b)).toBe(apart(twinA, twinB));
          }
      }),
      { numRuns: 100 },
    );
  });

  it('is its own inverse, and draws a time where the model’s scale puts it, mirrored', () => {
    const { marks, drawn, scale, width } = marksAt(608, null);
    marks.forEach((mark) => {
      const back = mirrorMark(mirrorMark(mark, width), width);
      expect(back.x).toBeCloseTo(mark.x, 9);
      if (back.kind === 'single' && mark.kind === 'single') {
        expect(back.label.side).toBe(mark.label.side);
        expect(back.label.x0).toBeCloseTo(mark.label.x0, 9);
        expect(back.label.x1).toBeCloseTo(mark.label.x1, 9);
      }
    });
    fc.assert(
      fc.property(fc.double({ min: domain.start, max: domain.end, noNaN: true }), (time) => {
        expect(drawn.toX(time)).toBeCloseTo(width - scale(time), 6);
        expect(mirrorX(mirrorX(scale(time), width), width)).toBeCloseTo(scale(time), 6);
      }),
    );
  });

  it('leaves a left-to-right story’s drawing as the model lays it out', () => {
    const { marks, scale, width } = marksAt(1120, null);
    const layout = { marks, spans: [], ticks: [], breaks: [], toX: scale };
    expect(drawing(layout, width, false)).toBe(layout);
  });
});
