import { useId, useState } from 'react';

/**
 * Marks a date the article does not state. The explanation is real text tied to the badge with
 * aria-describedby; it shows on hover and focus, a tap toggles it, and Escape hides it (WCAG 1.4.13).
 */
export function InferredBadge({ note }: { note: string }) {
  const id = useId();
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  return (
    <span className={`inferred${pinned ? ' inferred--open' : ''}${dismissed ? ' inferred--dismissed' : ''}`}>
      <button
        type="button"
        className="inferred__badge"
        aria-describedby={id}
        aria-expanded={pinned}
        onClick={() => {
          setPinned((open) => !open);
          setDismissed(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setPinned(false);
            setDismissed(true);
          }
        }}
        onBlur={() => setDismissed(false)}
      >
        inferred
      </button>
      <span className="inferred__note" id={id} role="tooltip">
        {note}
      </span>
    </span>
  );
}
