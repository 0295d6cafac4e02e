import type { TimelineEvent } from '../../shared/schema/schema';
import { formatDateRange, type StoryZone } from '../../shared/time/calendar';
import { formatFigure } from '../../shared/format/figures';
import type { KindTable } from '../../shared/schema/kinds';
import { InferredBadge } from '../../shared/ui/InferredBadge';
import { useStoryDirection } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';

interface EventListItemProps {
  event: TimelineEvent;
  selected: boolean;
  onSelect: (id: string) => void;
  /** The story's kinds: the event's label and its lane's colour. */
  kinds: KindTable;
  /** The story's time zone, which a time of day names. */
  zone?: StoryZone | undefined;
  /** Attributes that mark the entry as the first of its chunk in a long list. */
  mark?: Record<string, number> | undefined;
}

/** One event of the list. All text from the data is rendered as text, never as HTML. */
export function EventListItem({ event, selected, onSelect, kinds, zone, mark }: EventListItemProps) {
  const dir = useStoryDirection();
  const t = useFullMessages();
  return (
    <li className={`event-card lane--${kinds.lane(event.kind).index}`} data-list-event-id={event.id} aria-current={selected ? 'true' : undefined} {...mark}>
      <p className="event-card__meta">
        <time dateTime={event.start} dir={dir}>
          {formatDateRange(event.start, event.end, zone)}
        </time>
        {event.dateBasis === 'inferred' && <InferredBadge note={event.dateNote ?? ''} />}
        <span className="event-card__kind">{kinds.label(event.kind)}</span>
      </p>
      <h3 className="event-card__title">
        <button type="button" className="link-button" aria-pressed={selected} onClick={() => onSelect(event.id)}>
          {event.title}
        </button>
      </h3>
      {event.summary && <p className="event-card__summary">{event.summary}</p>}
      {event.figures.length > 0 && (
        <ul className="event-card__figures" aria-label={t.figures}>
          {event.figures.map((figure, index) => (
            <li key={index} className="figure-line">
              {formatFigure(figure, zone?.lang)}
            </li>
          ))}
        </ul>
      )}
      <div className="event-card__quotes">
        {event.quotes.map((quote) => (
          <blockquote key={`${quote.start}-${quote.end}`} className="quote" dir="auto" data-quote-start={quote.start}>
            <p>{quote.text}</p>
          </blockquote>
        ))}
      </div>
    </li>
  );
}
