/** Order statistics for benchmark figures. */

/** The value at percentile `p` (nearest rank), or NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at]!;
}

/** The median (the mean of the middle two for an even count), or NaN for no values. */
export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}

/** Frame durations from requestAnimationFrame timestamps. */
export function frameTimes(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((t, i) => t - timestamps[i]!);
}

/** The order of `items` for run `run`: rotated each run, so no tool always goes first (interleaving). */
export function rotation<T>(items: readonly T[], run: number): T[] {
  const k = items.length === 0 ? 0 : run % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * The longest of `tasks` (`[start, duration]` in ms, as a long-task observer reports them) that
 * ends after `from`: how long, at worst, the page kept the reader waiting once it had shown
 * something. 0 for none.
 */
export function longestTaskAfter(tasks: readonly (readonly [number, number])[], from: number): number {
  return tasks.reduce((longest, [start, duration]) => (start + duration > from ? Math.max(longest, duration) : longest), 0);
}
