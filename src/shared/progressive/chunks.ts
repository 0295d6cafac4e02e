/**
 * Long lists (every event of a story, every paragraph of its article) go into the page a chunk at
 * a time, so that no single task holds the page: these are the plain parts of that.
 */

/** `items` cut, in order, into runs of at most `size` (the last may be shorter). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive whole number, not ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** For each key, the index of the chunk that holds it. */
export function chunkIndex<T, K>(chunks: readonly (readonly T[])[], keyOf: (item: T) => K): Map<K, number> {
  const index = new Map<K, number>();
  chunks.forEach((items, at) => {
    for (const item of items) index.set(keyOf(item), at);
  });
  return index;
}

/** How many chunks to show next: `step` more, up to `total`. */
export function nextShown(shown: number, step: number, total: number): number {
  return Math.min(total, shown + step);
}

/** The time one step of filling may take, render and commit, before the next frame is due to suffer. */
export const STEP_BUDGET_MS = 40;
/** The most chunks one step adds. */
export const MAX_STEP = 64;

/**
 * How many chunks the next step adds, from how long the last step of `step` chunks took: twice as
 * many while a step takes under half the budget, half as many when one overran it. Each frame of a
 * page with a very long list costs the browser time of its own, so fewer, fuller steps fill it
 * sooner; steps kept within the budget leave the page answering the reader between them.
 */
export function nextStep(step: number, elapsedMs: number, budgetMs = STEP_BUDGET_MS): number {
  if (elapsedMs > budgetMs) return Math.max(1, Math.floor(step / 2));
  if (elapsedMs < budgetMs / 2) return Math.min(MAX_STEP, step * 2);
  return step;
}
