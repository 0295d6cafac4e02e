/**
 * A linear scale: one number mapped to another, with the slice of d3-scale's `scaleLinear` API the
 * app uses (call, `domain`, `range`, `invert`, `copy`), so d3-zoom's `transform.rescaleX` takes it.
 *
 * Why not d3-scale itself: its linear scale brings d3-interpolate, d3-color and d3-format along
 * (8.6 kB of the reader's gzip download, measured), to interpolate colours and format ticks we
 * never ask it for; the page's whole script budget is 110 kB. A test holds this scale to
 * d3-scale's answers. Setters return a new scale: no scale is ever changed in place.
 */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly (number | Date)[]): LinearScale;
  range(): [number, number];
  range(range: readonly number[]): LinearScale;
  /** The domain value that maps to `value`. */
  invert(value: number): number;
  copy(): LinearScale;
}

type Pair = readonly [number, number];

const pair = (values: readonly (number | Date)[]): Pair => [Number(values[0] ?? 0), Number(values[1] ?? 1)];

/**
 * Maps `value` from [a, b] to [c, d]; a degenerate span maps everything to the middle, as d3
 * does. Plain numbers, not pairs: a layout of 100,000 events calls this 100,000 times a frame.
 */
function through(a: number, b: number, c: number, d: number, value: number): number {
  const span = b - a;
  const t = span ? (value - a) / span : 0.5;
  return c + t * (d - c);
}

/** A linear scale from `domain` to `range` (both default to [0, 1], as in d3). */
export function linearScale(domain: Pair = [0, 1], range: Pair = [0, 1]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = ((value: number) => through(d0, d1, r0, r1, value)) as LinearScale;
  scale.domain = ((next?: readonly (number | Date)[]) => (next === undefined ? [domain[0], domain[1]] : linearScale(pair(next), range))) as LinearScale['domain'];
  scale.range = ((next?: readonly number[]) => (next === undefined ? [range[0], range[1]] : linearScale(domain, pair(next)))) as LinearScale['range'];
  scale.invert = (value: number) => through(r0, r1, d0, d1, value);
  scale.copy = () => linearScale(domain, range);
  return scale;
}

/**
 * `scale` applied to each of `values`: the same numbers as calling it on each, in one loop with
 * no call per value (a zoom frame of a 100,000-event story maps every event's time).
 */
export function mapAll(scale: LinearScale, values: ArrayLike<number>): Float64Array {
  const [a, b] = scale.domain();
  const [c, d] = scale.range();
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i += 1) out[i] = through(a, b, c, d, values[i]!);
  return out;
}
