import { useMemo } from 'react';
import type { TimelineEvent } from '../data/schema';
import { sortByTime } from '../../shared/time/calendar';
import { EventListItem } from './EventListItem';

interface EventListProps {
  events: readonly TimelineEvent[];
  /** The event the shell has selected, or null. */
  selectedId: string | null;
  /** Asks the shell to select an event. */
  onSelect: (id: string) => void;
}

/** Every event in date order with its date, figures and quotes: the chart's text equivalent. */
export function EventList({ events, selectedId, onSelect }: EventListProps) {
  const ordered = useMemo(() => sortByTime(events), [events]);
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title">Every event, in date order</h2>
      <ol>
        {ordered.map((event) => (
          <EventListItem key={event.id} event={event} selected={event.id === selectedId} onSelect={onSelect} />
        ))}
      </ol>
    </section>
  );
}
