import { useDeferredValue, type ReactNode } from 'react';

/** From how many events a story draws its chart first and its long regions just after. */
export const LARGE_STORY = 1000;

interface DeferredProps {
  /** Render `children` after the first paint, in an interruptible background render. */
  defer: boolean;
  /** What shows meanwhile. */
  placeholder: ReactNode;
  children: ReactNode;
}

/**
 * A region that, for a large story, waits for the first paint: the chart draws at once and the
 * region (the figures, worked out from every event) renders in the background, yielding to the
 * reader's input. The article and the list, longer still, fill a chunk at a time instead (see
 * useProgressiveCount). A small story renders everything at once, on the server too, so
 * prerendered pages are whole.
 */
export function Deferred({ defer, placeholder, children }: DeferredProps) {
  const ready = useDeferredValue(true, !defer);
  return ready ? children : placeholder;
}
