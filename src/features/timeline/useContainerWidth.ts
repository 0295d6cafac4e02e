import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { DEFAULT_WIDTH, PRINT_WIDTH } from './model/metrics';

/** The width to draw at, and whether it was measured (false on the server and until the first measurement). */
export interface ContainerWidth {
  width: number;
  measured: boolean;
}

/**
 * The element's width, kept current by a ResizeObserver. The first render uses `initial`, the
 * same on the server and in the browser, so hydration matches; the measurement follows in an
 * effect. Where ResizeObserver is missing (old browsers, jsdom), the default stays.
 *
 * While the page prints, the width is `PRINT_WIDTH`: a printed page is laid out at the paper's
 * width only after `beforeprint`, too late for an observer, so the drawing is redone for paper
 * before the browser lays the page out for it (synchronously: it prints what is in the DOM).
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>, initial: number = DEFAULT_WIDTH): ContainerWidth {
  const [measuredWidth, setMeasuredWidth] = useState<number | null>(null);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured && measured > 0) setMeasuredWidth(Math.round(measured));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    globalThis.addEventListener('beforeprint', before);
    globalThis.addEventListener('afterprint', after);
    return () => {
      globalThis.removeEventListener('beforeprint', before);
      globalThis.removeEventListener('afterprint', after);
    };
  }, []);
  if (printing) return { width: PRINT_WIDTH, measured: true };
  return measuredWidth === null ? { width: initial, measured: false } : { width: measuredWidth, measured: true };
}
