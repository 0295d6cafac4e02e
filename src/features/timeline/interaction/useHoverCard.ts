import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a card stays after the pointer leaves its mark, so the pointer can move onto it. */
const CLOSE_DELAY_MS = 200;

/**
 * Which mark's card is open: the one under the pointer, else the one with keyboard focus.
 * Leaving a mark closes its card a moment later (it is hoverable, WCAG 1.4.13); `dismiss`
 * closes it at once (Escape).
 */
export function useHoverCard() {
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stopTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  const onHover = useCallback(
    (key: string | null) => {
      stopTimer();
      if (key === null) timer.current = setTimeout(() => setHoverKey(null), CLOSE_DELAY_MS);
      else setHoverKey(key);
    },
    [stopTimer],
  );
  const dismiss = useCallback(() => {
    stopTimer();
    setHoverKey(null);
    setFocusKey(null);
  }, [stopTimer]);
  useEffect(() => stopTimer, [stopTimer]);

  return { cardKey: hoverKey ?? focusKey, onHover, onFocusMark: setFocusKey, keepCard: stopTimer, dismiss };
}
