import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseScale, mapAll, timeAt, viewScale } from './scale';
import { gestureBase, transformForWindow, windowForTransform } from '../interaction/zoomGestures';
import { mirrorX } from './mirror';

const domain = { start: Date.UTC(2023, 9, 7), end: Date.UTC(2023, 11, 1) };

describe('scales', () => {
  it('maps the whole story across the plot', () => {
    const base = baseScale(domain, 800);
    expect(base(domain.start)).toBe(0);
    expect(base(domain.end)).toBe(800);
  });

  it('turns a window into a transform and back', () => {
    const view = { start: Date.UTC(2023, 10, 24), end: Date.UTC(2023, 10, 28) };
    const transform = transformForWindow(view, domain, 800);
    const back = windowForTransform(transform, baseScale(domain, 800));
    expect(back.start).toBeCloseTo(view.start, -1);
    expect(back.end).toBeCloseTo(view.end, -1);
  });

  it('draws a view across the full width, without touching the base scale', () => {
    const view = { start: Date.UTC(2023, 10, 24), end: Date.UTC(2023, 10, 25) };
    const base = baseScale(domain, 600);
    const before = base.domain().map(Number);
    const zoomed = transformForWindow(view, domain, 600).rescaleX(base);
    expect(viewScale(view, domain, 600)(view.end)).toBeCloseTo(600, 6);
    expect(zoomed(view.start)).toBeCloseTo(0, 6);
    expect(zoomed(view.end)).toBeCloseTo(600, 6);
    expect(zoomed(Date.UTC(2023, 10, 24, 12))).toBeCloseTo(300, 6);
    expect(base.domain().map(Number)).toEqual(before);
  });

  it('draws a view exactly as d3-zoom would: the view scale is the base rescaled by the view’s transform', () => {
    for (const view of [
      { start: Date.UTC(2023, 10, 24), end: Date.UTC(2023, 10, 25) },
      { start: Date.UTC(2023, 9, 20, 6, 30), end: Date.UTC(2023, 10, 2, 18) },
      domain,
    ]) {
      const drawn = viewScale(view, domain, 937);
      const zoomed = transformForWindow(view, domain, 937).rescaleX(baseScale(domain, 937));
      for (const t of [view.start, (view.start + view.end) / 2, view.end, domain.start, domain.end]) expect(drawn(t)).toBeCloseTo(zoomed(t), 6);
    }
  });

  it('gives d3-zoom the story right to left in a right-to-left story: a transform shows the same view, mirrored', () => {
    for (const view of [{ start: Date.UTC(2023, 10, 24), end: Date.UTC(2023, 10, 25) }, { start: Date.UTC(2023, 9, 20, 6, 30), end: Date.UTC(2023, 10, 2, 18) }, domain]) {
      const base = gestureBase(domain, 937, true);
      expect(base(domain.start)).toBe(937);
      expect(base(domain.end)).toBe(0);
      const transform = transformForWindow(view, domain, 937, true);
      const back = windowForTransform(transform, base);
      expect(back.start).toBeCloseTo(view.start, -1);
      expect(back.end).toBeCloseTo(view.end, -1);
      // Where d3-zoom puts an instant on screen is where the chart draws it: the view scale's x, mirrored.
      const zoomed = transform.rescaleX(base);
      for (const t of [view.start, (view.start + view.end) / 2, view.end]) expect(zoomed(t)).toBeCloseTo(mirrorX(viewScale(view, domain, 937)(t), 937), 6);
    }
  });

  it('pans toward later times when the hand moves right left to right, and left right to left', () => {
    const view = { start: Date.UTC(2023, 10, 24), end: Date.UTC(2023, 10, 25) };
    for (const rtl of [false, true]) {
      const base = gestureBase(domain, 800, rtl);
      // Content dragged 100 px to the left (a hand moving left).
      const moved = windowForTransform(transformForWindow(view, domain, 800, rtl).translate(-100 / 18, 0), base);
      if (rtl) expect(moved.start).toBeLessThan(view.start);
      else expect(moved.start).toBeGreaterThan(view.start);
    }
  });
});

describe('mapping many instants at once', () => {
  const instant = fc.integer({ min: -1e13, max: 1e13 });
  const pixels = fc.double({ min: -1e5, max: 1e5, noNaN: true });

  it('gives exactly what the d3 scale gives one instant at a time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 1e12 }), pixels, pixels, fc.array(instant, { maxLength: 50 }), (start, span, r0, r1, values) => {
        const scale = baseScale({ start, end: start + span }, 800).range([r0, r1]);
        expect([...mapAll(scale, values)]).toEqual(values.map((v) => scale(v)));
      }),
    );
  });

  it('puts everything in the middle when the scale spans one instant, as d3 does', () => {
    const scale = baseScale({ start: 5, end: 5 }, 100);
    expect([...mapAll(scale, [0, 5, 1e9])]).toEqual([scale(0), scale(5), scale(1e9)]);
    expect(scale(7)).toBe(50);
  });

  it('reads back the instant at a pixel as epoch milliseconds', () => {
    const scale = baseScale(domain, 800);
    expect(timeAt(scale, 0)).toBe(domain.start);
    expect(timeAt(scale, 800)).toBe(domain.end);
  });
});
