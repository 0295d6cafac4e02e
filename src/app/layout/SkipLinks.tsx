import type { MouseEvent } from 'react';
import { isPlainLeftClick } from '../../shared/links/plainClick';
import { useMessages, useUiLang } from '../../shared/ui/storyLanguage';
import type { BoundMessages } from '../../shared/i18n/messages';

/** The regions a keyboard or screen-reader user can jump to from the top of the page. */
export const SKIP_TARGETS = [
  { id: 'timeline', label: 'skipToTimeline' },
  { id: 'events', label: 'skipToEvents' },
] as const satisfies readonly { id: string; label: keyof BoundMessages }[];

/**
 * Links at the very top of the page, shown when focused, that move focus past the header to the
 * timeline or to the list of events. A plain anchor without JavaScript; with it, focus moves
 * without writing `#timeline` into the address, which holds the app's own state.
 */
export function SkipLinks() {
  const t = useMessages();
  const skip = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target || !isPlainLeftClick(event)) return;
    event.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <div className="skip-links" lang={useUiLang()}>
      {SKIP_TARGETS.map(({ id, label }) => (
        <a key={id} className="skip-link" href={`#${id}`} onClick={(event) => skip(event, id)}>
          {t[label]}
        </a>
      ))}
    </div>
  );
}
