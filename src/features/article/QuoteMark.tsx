import { passageId } from '../../shared/article/passages';
import { selectOnPlainClick } from '../../shared/links/plainClick';

interface QuoteMarkProps {
  /** The passage's offset in the article: its element id comes from it. */
  start: number;
  text: string;
  eventId: string;
  eventTitle: string;
  current: boolean;
  href: string;
  onSelect: (id: string) => void;
}

/**
 * A passage quoted by one event: a `<mark>` holding a real link to the event's own URL, so it
 * also opens in a new tab and works before the app has loaded; a plain click selects in place.
 * The title names the event on hover; the link's name is the article's own words.
 */
export function QuoteMark({ start, text, eventId, eventTitle, current, href, onSelect }: QuoteMarkProps) {
  return (
    <mark className="quote-mark" data-event-ids={eventId} aria-current={current ? 'true' : undefined}>
      <a
        id={passageId(start)}
        className="quote-mark__link"
        href={href}
        title={eventTitle}
        aria-current={current ? 'true' : undefined}
        onClick={(event) => selectOnPlainClick(event, () => onSelect(eventId))}
      >
        {text}
      </a>
    </mark>
  );
}
