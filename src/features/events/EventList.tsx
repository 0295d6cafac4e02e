import { memo, useMemo } from 'react';
import type { TimelineEvent } from '../../shared/schema/schema';
import { sortByTime, type StoryZone } from '../../shared/time/calendar';
import { chunk, chunkIndex } from '../../shared/progressive/chunks';
import type { KindTable } from '../../shared/schema/kinds';
import { EventListItem } from './EventListItem';
import { useProgressiveCount } from '../../shared/ui/useProgressiveCount';

/** Entries committed together when the list fills progressively. */
export const LIST_CHUNK = 200;

interface EventListProps {
  events: readonly TimelineEvent[];
  /** The event the shell has selected, or null. */
  selectedId: string | null;
  /** Asks the shell to select an event. */
  onSelect: (id: string) => void;
  /** Fill the list a chunk per task after the first paint (a story of thousands of events). */
  progressive?: boolean;
  /** The story's time zone, which a time of day names. */
  zone?: StoryZone | undefined;
  /** The story's kinds, which name each event's kind and colour it. */
  kinds: KindTable;
}

interface ListChunkProps {
  events: readonly TimelineEvent[];
  /** The selected event when it is in this chunk, else null: the other chunks need not render again. */
  selectedId: string | null;
  onSelect: (id: string) => void;
  zone: StoryZone | undefined;
  kinds: KindTable;
}

const ListChunk = memo(function ListChunk({ events, selectedId, onSelect, zone, kinds }: ListChunkProps) {
  return events.map((event) => <EventListItem key={event.id} event={event} selected={event.id === selectedId} onSelect={onSelect} zone={zone} kinds={kinds} />);
});

/** Every event in date order with its date, figures and quotes: the chart's text equivalent. */
export function EventList({ events, selectedId, onSelect, progressive = false, zone, kinds }: EventListProps) {
  const chunks = useMemo(() => chunk(sortByTime(events), LIST_CHUNK), [events]);
  const chunkOf = useMemo(() => chunkIndex(chunks, (event) => event.id), [chunks]);
  const shown = useProgressiveCount(chunks.length, progressive);
  const selectedChunk = selectedId === null ? undefined : chunkOf.get(selectedId);
  const listed = Math.min(events.length, shown * LIST_CHUNK);
  return (
    <section className="event-list" aria-labelledby="event-list-title" aria-busy={listed < events.length || undefined}>
      <h2 id="event-list-title">Every event, in date order</h2>
      <ol>
        {chunks.slice(0, shown).map((items, at) => (
          <ListChunk key={at} events={items} selectedId={at === selectedChunk ? selectedId : null} onSelect={onSelect} zone={zone} kinds={kinds} />
        ))}
      </ol>
      {listed < events.length && (
        <p className="region-pending">{`Listing the events: ${listed.toLocaleString('en-GB')} of ${events.length.toLocaleString('en-GB')} so far…`}</p>
      )}
    </section>
  );
}
