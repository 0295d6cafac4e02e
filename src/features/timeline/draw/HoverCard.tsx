import { formatFigure } from '../../../shared/format/figures';
import { formatDateRange, type StoryZone } from '../../../shared/time/calendar';
import { placeInside } from '../../../shared/ui/popover';
import type { TimelineItem } from '../model/items';
import { OwnWords, useStoryDirection } from '../../../shared/ui/storyLanguage';
import { useLaterMessages } from '../../../shared/ui/useLaterMessages';

interface HoverCardProps {
  item: TimelineItem;
  /** The mark's centre and the edges of its row, in the chart body's coordinates. */
  x: number;
  rowTop: number;
  rowBottom: number;
  /** Open below the row when it is in the upper half of the chart, above it otherwise. */
  below: boolean;
  bodyWidth: number;
  /** When zoomed in to hours, say that a date-only event's place in its day is not a time. */
  noteDayOnly: boolean;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** The story's time zone, for times of day. */
  zone: StoryZone;
}

const CARD_WIDTH = 288;

/**
 * The title, date and figures of the mark under the pointer or keyboard focus. It repeats what
 * the mark's spoken label says, so it is hidden from screen readers; it stays open while the
 * pointer is over it, and Escape closes it (WCAG 1.4.13).
 */
export function HoverCard({ item, x, rowTop, rowBottom, below, bodyWidth, noteDayOnly, onPointerEnter, onPointerLeave, zone }: HoverCardProps) {
  const dir = useStoryDirection();
  const { event } = item;
  // Its few words of its own come with the answers to a reader's moves (English's stand in until they do).
  const later = useLaterMessages();
  const width = Math.min(CARD_WIDTH, bodyWidth - 8);
  const left = placeInside(x - width / 2, width, { start: 0, end: bodyWidth }, 4);
  return (
    <div
      className={`timeline__card lane--${item.lane.index}${below ? '' : ' timeline__card--above'}`}
      style={{ left, width, top: below ? rowBottom + 4 : rowTop - 4 }}
      aria-hidden="true"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p className="timeline__card-kind">{item.kindLabel}</p>
      <p className="timeline__card-title" dir={dir && 'auto'}>
        {event.title}
      </p>
      <p className="timeline__card-date">
        <OwnWords>{formatDateRange(event.start, event.end, zone)}</OwnWords>
        {event.dateBasis === 'inferred' && later && <span className="timeline__card-inferred">{later.cardInferred}</span>}
      </p>
      {event.figures.length > 0 && (
        <ul className="timeline__card-figures">
          {event.figures.map((figure, index) => (
            <li key={index}>{formatFigure(figure, zone.lang)}</li>
          ))}
        </ul>
      )}
      {noteDayOnly && item.dateOnly && later && <p className="timeline__card-note">{later.dayOnly}</p>}
    </div>
  );
}
