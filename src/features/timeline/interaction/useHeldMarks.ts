import { useCallback, useState, type TouchEvent } from 'react';
import type { ChartMark } from '../model/layout';

/**
 * Marks a finger is on, kept in the page until the finger lifts. A touch's events go to the
 * element it began on, and only through that element's ancestors while it is in the page: a
 * pinch begun on a title that then zooms out of view (or into a count) would lose its remaining
 * moves, and stop, if that title were removed. With a chart full of titles most touches begin on
 * one, so the chart keeps such a mark, hidden, until the touch ends.
 */
export function useHeldMarks(marks: readonly ChartMark[]) {
  const [held, setHeld] = useState<readonly ChartMark[]>([]);
  const onTouchStart = useCallback(
    (event: TouchEvent<HTMLElement>) => {
      const node = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-stop-key]') : null;
      const key = node?.dataset.stopKey;
      const mark = key ? marks.find((candidate) => candidate.key === key) : undefined;
      if (!node || !mark) return;
      setHeld((list) => (list.some((m) => m.key === mark.key) ? list : [...list, mark]));
      // On the node itself: its touchend arrives even when it is no longer in the page.
      const release = (end: globalThis.TouchEvent) => {
        if (end.touches.length > 0) return;
        setHeld((list) => list.filter((m) => m.key !== mark.key));
        node.removeEventListener('touchend', release);
        node.removeEventListener('touchcancel', release);
      };
      node.addEventListener('touchend', release);
      node.addEventListener('touchcancel', release);
    },
    [marks],
  );
  return { held, onTouchStart };
}
