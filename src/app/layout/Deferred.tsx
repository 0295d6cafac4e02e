import { useDeferredValue, type ReactNode } from 'react';

/** From how many events a story draws its chart first and its long panels just after. */
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
 * long panels (the article with thousands of marks, the list of every event) render in the
 * background, yielding to the reader's input, instead of holding the chart back by seconds. A
 * small story renders everything at once, on the server too, so prerendered pages are whole.
 */
export function Deferred({ defer, placeholder, children }: DeferredProps) {
  const ready = useDeferredValue(true, !defer);
  return ready ? children : placeholder;
}
