import { useId } from 'react';
import { InferredBadge } from '../events/InferredBadge';
import type { TextSpan } from '../../shared/article/structure';
import { formatValue } from '../../shared/format/figures';
import { selectOnPlainClick } from '../../shared/links/plainClick';
import { formatDateRange, type StoryZone } from '../../shared/time/calendar';
import { FigureSource } from './FigureSource';
import type { CasualtyGroup } from './model';

interface CasualtyFiguresProps {
  groups: readonly CasualtyGroup[];
  blocks: readonly TextSpan[];
  selectedId: string | null;
  eventHref: (id: string) => string;
  onSelect: (id: string) => void;
  /** The story's time zone, which dates with a time name. */
  zone?: StoryZone;
}

/**
 * Casualty figures as numbers, never bars: their scopes differ (a region over weeks, one
 * shooting), so lengths side by side would compare what the article does not. Each keeps its
 * qualifier ("nearly") and scope, and links to its event.
 */
export function CasualtyFigures({ groups, blocks, selectedId, eventHref, onSelect, zone }: CasualtyFiguresProps) {
  const titleId = useId();
  return (
    <section className="casualties" aria-labelledby={titleId}>
      <h3 id={titleId} className="figures__heading">
        Casualties
      </h3>
      <ul className="casualty-list">
        {groups.map(({ event, figures }) => {
          const current = event.id === selectedId;
          return figures.map((ref) => (
            <li key={`${event.id}-${ref.figureIndex}`} className={`casualty${current ? ' casualty--current' : ''}`}>
              <a
                className="casualty__link figure-link"
                href={eventHref(event.id)}
                aria-current={current ? 'true' : undefined}
                onClick={(click) => selectOnPlainClick(click, () => onSelect(event.id))}
              >
                {ref.figure.qualifier && <span className="casualty__qualifier">{ref.figure.qualifier}</span>}
                {ref.figure.qualifier && ' '}
                <span className="casualty__value figure-value" data-figure-value={ref.figure.value}>
                  {formatValue(ref.figure.value)}
                </span>{' '}
                <span className="casualty__what">
                  {ref.figure.unit} {ref.figure.label}
                </span>
                {ref.figure.scope && ' '}
                {ref.figure.scope && <span className="casualty__scope">{ref.figure.scope}</span>}
              </a>
              <p className="figures__date">
                <time dateTime={event.start}>{formatDateRange(event.start, event.end, zone)}</time>
                {event.dateBasis === 'inferred' && <InferredBadge note={event.dateNote ?? ''} />}
              </p>
              {current && <FigureSource event={event} quoteIndexes={[ref.quoteIndex]} blocks={blocks} />}
            </li>
          ));
        })}
      </ul>
    </section>
  );
}
