/**
 * A lazy load that is made once and kept when it succeeds, and forgotten when it fails, so the next
 * call tries again: a chunk that did not arrive (the network dropped, the reader left the page while
 * it loaded) must not leave the page without it for good, nor fail the same way for ever.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
