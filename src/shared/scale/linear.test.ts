import { scaleLinear } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, mapAll } from './linear';

// Domains as the app has them: epoch milliseconds and counts; ranges in pixels or percent.
const instant = fc.integer({ min: -1e13, max: 1e13 });
const pixels = fc.double({ min: -1e5, max: 1e5, noNaN: true }).map((x) => Math.round(x * 1000) / 1000);
/** Equal to a millionth of the largest number in play (the answers and the ends they lie between). */
const close = (a: number, b: number, ...ends: number[]) =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b), ...ends.map(Math.abs));

describe('the linear scale', () => {
  // Near its domain, as the app uses it (a view, and a few views either side), ours answers as
  // d3's does. Far outside it, d3's own sum (r0 · (1 − t) + r1 · t) loses the answer to
  // cancellation (a seed once found d3's invert 15 trillion off the exact figure, ours 1 away),
  // so there the exact answer, in whole-number arithmetic, is the judge.
  it('answers as d3-scale’s linear scale does near its domain, forwards and back', () => {
    const near = fc.double({ min: -3, max: 4, noNaN: true });
    fc.assert(
      fc.property(instant, instant, pixels, pixels, near, (d0, d1, r0, r1, k) => {
        const ours = linearScale([d0, d1], [r0, r1]);
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
        const value = d0 + k * (d1 - d0);
        expect(close(ours(value), d3(value), r0, r1)).toBe(true);
        const pixel = r0 + k * (r1 - r0);
        if (r0 !== r1 && d0 !== d1) expect(close(ours.invert(pixel), d3.invert(pixel), d0, d1)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('answers the exact figure, forwards and back, however far from its domain', () => {
    // Narrow domains too (a few seconds of a long story), where a value far away multiplies the
    // rounding of every step.
    const span = fc.oneof(fc.integer({ min: -1e4, max: 1e4 }), instant);
    fc.assert(
      fc.property(instant, span, pixels, pixels, instant, (d0, width, r0, r1, value) => {
        const d1 = Math.max(-1e13, Math.min(1e13, d0 + width));
        const ours = linearScale([d0, d1], [r0, r1]);
        const forward = exactForward(d0, d1, r0, r1, value);
        expect(within(ours(value), forward.value, forward.size)).toBe(true);
        if (r0 !== r1 && d0 !== d1) {
          const back = exactInvert(d0, d1, r0, r1, value);
          expect(within(ours.invert(value), back.value, back.size)).toBe(true);
        }
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

// Exact answers for the property tests. Instants are whole milliseconds and pixels whole
// thousandths, so each answer is one fraction of whole numbers; `size` is the largest term summed
// on the way, which bounds the rounding a floating-point answer may carry.
const thousandths = (pixel: number) => BigInt(Math.round(pixel * 1000));

function fraction(numerator: bigint, denominator: bigint): number {
  return Number(numerator) / Number(denominator);
}

function exactForward(d0: number, d1: number, r0: number, r1: number, value: number) {
  const [a, b, v, c, d] = [BigInt(d0), BigInt(d1), BigInt(value), thousandths(r0), thousandths(r1)];
  if (a === b) return { value: (r0 + r1) / 2, size: Math.max(Math.abs(r0), Math.abs(r1)) };
  const step = fraction((v - a) * (d - c), (b - a) * 1000n);
  return { value: fraction(c * (b - a) + (v - a) * (d - c), (b - a) * 1000n), size: Math.max(Math.abs(r0), Math.abs(step)) };
}

function exactInvert(d0: number, d1: number, r0: number, r1: number, pixel: number) {
  const [a, b, p, c, d] = [BigInt(d0), BigInt(d1), BigInt(pixel) * 1000n, thousandths(r0), thousandths(r1)];
  const step = fraction((p - c) * (b - a), d - c);
  return { value: fraction(a * (d - c) + (p - c) * (b - a), d - c), size: Math.max(Math.abs(d0), Math.abs(step)) };
}

const within = (ours: number, exact: number, size: number) => Math.abs(ours - exact) <= 1e-12 * Math.max(1, size);
