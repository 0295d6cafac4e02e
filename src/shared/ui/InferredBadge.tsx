import { useId, useLayoutEffect, useRef, useState } from 'react';
import { shiftInside } from './popover';
import { useMessages, useUiLang } from './storyLanguage';

/** Space kept between the explanation and the edge of the window. */
const EDGE = 8;

/**
 * Shifts an open explanation back inside the window when it would run past its edge (a badge
 * near the end of a line on a phone), so it never makes the page scroll sideways.
 */
function keepInWindow(note: HTMLElement | null): void {
  if (note) shiftInside(note, { start: 0, end: document.documentElement.clientWidth }, EDGE);
}

/**
 * Marks a date the article does not state. The explanation is real text tied to the badge with
 * aria-describedby; it shows on hover and focus, a tap toggles it, and Escape hides it (WCAG 1.4.13).
 */
export function InferredBadge({ note }: { note: string }) {
  const id = useId();
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const noteRef = useRef<HTMLSpanElement>(null);
  const t = useMessages();
  const uiLang = useUiLang();
  // The stylesheet shows the note on hover and focus; place it once it shows (after this frame's style).
  const place = () => {
    keepInWindow(noteRef.current);
    requestAnimationFrame(() => keepInWindow(noteRef.current));
  };
  // Only an explanation a tap opened needs placing here. Measuring every badge as it mounts would
  // force a layout per badge: with thousands of events in the list, seconds of work for nothing.
  useLayoutEffect(() => {
    if (pinned) keepInWindow(noteRef.current);
  }, [pinned]);
  return (
    <span className={`inferred${pinned ? ' inferred--open' : ''}${dismissed ? ' inferred--dismissed' : ''}`} onPointerEnter={place}>
      <button
        type="button"
        className="inferred__badge"
        lang={uiLang}
        aria-describedby={id}
        aria-expanded={pinned}
        onClick={() => {
          setPinned((open) => !open);
          setDismissed(false);
        }}
        onFocus={place}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setPinned(false);
            setDismissed(true);
          }
        }}
        onBlur={() => setDismissed(false)}
      >
        {t.inferredBadge}
      </button>
      <span ref={noteRef} className="inferred__note" id={id} role="tooltip">
        {note}
      </span>
    </span>
  );
}
