import { useEffect, useState, type RefObject } from 'react';
import { DEFAULT_WIDTH } from './metrics';

/**
 * The element's width, kept current by a ResizeObserver. The first render uses `initial`, the
 * same on the server and in the browser, so hydration matches; the measurement follows in an
 * effect. Where ResizeObserver is missing (old browsers, jsdom), the default stays.
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>, initial: number = DEFAULT_WIDTH): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured && measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
