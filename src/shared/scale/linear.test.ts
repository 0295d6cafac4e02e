import { scaleLinear } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, mapAll } from './linear';

// Domains as the app has them: epoch milliseconds and counts; ranges in pixels or percent.
const instant = fc.integer({ min: -1e13, max: 1e13 });
const pixels = fc.double({ min: -1e5, max: 1e5, noNaN: true }).map((x) => Math.round(x * 1000) / 1000);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('the linear scale', () => {
  it('answers as d3-scale’s linear scale does, forwards and back', () => {
    fc.assert(
      fc.property(instant, instant, pixels, pixels, instant, (d0, d1, r0, r1, value) => {
        const ours = linearScale([d0, d1], [r0, r1]);
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
        expect(close(ours(value), d3(value))).toBe(true);
        if (r0 !== r1 && d0 !== d1) expect(close(ours.invert(value), d3.invert(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('maps a degenerate domain to the middle of the range, as d3 does', () => {
    expect(linearScale([5, 5], [0, 100])(7)).toBe(scaleLinear().domain([5, 5]).range([0, 100])(7));
  });

  it('never changes in place: setters return a new scale', () => {
    const base = linearScale([0, 10], [0, 100]);
    const zoomed = base.domain([2, 4]);
    expect(base.domain()).toEqual([0, 10]);
    expect(zoomed.domain()).toEqual([2, 4]);
    expect(zoomed.range()).toEqual([0, 100]);
    expect(zoomed(3)).toBe(50);
    expect(base.copy()(5)).toBe(50);
  });

  it('is rescaled by a d3-zoom transform exactly as d3-scale is', () => {
    const transform = zoomIdentity.translate(-240, 0).scale(4);
    const ours = transform.rescaleX(linearScale([1000, 5000], [0, 800]));
    const d3 = transform.rescaleX(scaleLinear().domain([1000, 5000]).range([0, 800]));
    for (const t of [1000, 1234, 3000, 5000]) expect(close(ours(t), d3(t))).toBe(true);
    expect(ours.domain().every((v, i) => close(v, d3.domain()[i]!))).toBe(true);
  });

  it('maps many values at once to exactly what it gives one at a time', () => {
    fc.assert(
      fc.property(instant, instant, pixels, pixels, fc.array(instant, { maxLength: 50 }), (d0, d1, r0, r1, values) => {
        const scale = linearScale([d0, d1], [r0, r1]);
        expect([...mapAll(scale, values)]).toEqual(values.map((v) => scale(v)));
      }),
    );
  });
});
