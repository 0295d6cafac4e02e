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

/** Maps `t` in [0, 1] between `a` and `b`; a degenerate span maps everything to its middle, as d3 does. */
function through([a, b]: Pair, [c, d]: Pair, value: number): number {
  const span = b - a;
  const t = span ? (value - a) / span : 0.5;
  return c + t * (d - c);
}

/** A linear scale from `domain` to `range` (both default to [0, 1], as in d3). */
export function linearScale(domain: Pair = [0, 1], range: Pair = [0, 1]): LinearScale {
  const scale = ((value: number) => through(domain, range, value)) as LinearScale;
  scale.domain = ((next?: readonly (number | Date)[]) => (next === undefined ? [domain[0], domain[1]] : linearScale(pair(next), range))) as LinearScale['domain'];
  scale.range = ((next?: readonly number[]) => (next === undefined ? [range[0], range[1]] : linearScale(domain, pair(next)))) as LinearScale['range'];
  scale.invert = (value: number) => through(range, domain, value);
  scale.copy = () => linearScale(domain, range);
  return scale;
}
