import { memo, useMemo, useRef } from 'react';
import type { TimelineEvent } from '../../shared/schema/schema';
import { sortByTime, type StoryZone } from '../../shared/time/calendar';
import { chunk, chunkIndex } from '../../shared/progressive/chunks';
import { inRange } from '../../shared/progressive/near';
import type { KindTable } from '../../shared/schema/kinds';
import { EventListItem } from './EventListItem';
import { useProgressiveCount } from '../../shared/ui/useProgressiveCount';
import { CHUNK_ATTRIBUTE, useNearScreen } from '../../shared/ui/useNearScreen';
import { eventListText } from './lightText';
import { useUiLang } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';

/** Entries committed together when the list fills progressively. */
export const LIST_CHUNK = 200;

interface EventListProps {
  events: readonly TimelineEvent[];
  /** The event the shell has selected, or null. */
  selectedId: string | null;
  /** Asks the shell to select an event. */
  onSelect: (id: string) => void;
  /**
   * A story of thousands of events: fill the list a chunk per task after the first paint, and
   * give full entries (headings, buttons) only to the chunks near the screen and the selected
   * event's; the others are their entries' words as plain text.
   */
  progressive?: boolean;
  /** The story's time zone, which a time of day names. */
  zone?: StoryZone | undefined;
  /** The story's kinds, which name each event's kind and colour it. */
  kinds: KindTable;
}

interface ListChunkProps {
  events: readonly TimelineEvent[];
  /** The chunk's index, on its first entry, for a long list (which chunks are near the screen); else null. */
  at: number | null;
  /** The selected event when it is in this chunk, else null: the other chunks need not render again. */
  selectedId: string | null;
  onSelect: (id: string) => void;
  zone: StoryZone | undefined;
  kinds: KindTable;
}

const chunkMark = (at: number | null, index: number) => (at !== null && index === 0 ? { [CHUNK_ATTRIBUTE]: at } : undefined);

const ListChunk = memo(function ListChunk({ events, at, selectedId, onSelect, zone, kinds }: ListChunkProps) {
  return events.map((event, index) => (
    <EventListItem key={event.id} event={event} selected={event.id === selectedId} onSelect={onSelect} zone={zone} kinds={kinds} mark={chunkMark(at, index)} />
  ));
});

/** A chunk away from the screen: its entries' words, a line each, as one item of plain text. */
const TextChunk = memo(function TextChunk({ events, at, zone, kinds }: Omit<ListChunkProps, 'selectedId' | 'onSelect'>) {
  return (
    <li className="event-card event-card--text" {...chunkMark(at, 0)}>
      {events.map((event) => eventListText(event, kinds, zone)).join('\n')}
    </li>
  );
});

/** Every event in date order with its date, figures and quotes: the chart's text equivalent. */
export function EventList({ events, selectedId, onSelect, progressive = false, zone, kinds }: EventListProps) {
  const chunks = useMemo(() => chunk(sortByTime(events), LIST_CHUNK), [events]);
  const chunkOf = useMemo(() => chunkIndex(chunks, (event) => event.id), [chunks]);
  const shown = useProgressiveCount(chunks.length, progressive);
  const listRef = useRef<HTMLOListElement>(null);
  const near = useNearScreen(listRef, shown, progressive);
  const selectedChunk = selectedId === null ? undefined : chunkOf.get(selectedId);
  const listed = Math.min(events.length, shown * LIST_CHUNK);
  const t = useFullMessages();
  const uiLang = useUiLang();
  return (
    <section className="event-list" aria-labelledby="event-list-title" aria-busy={listed < events.length || undefined}>
      <h2 id="event-list-title" lang={uiLang}>
        {t.listHeading}
      </h2>
      <ol ref={listRef}>
        {chunks.slice(0, shown).map((items, at) =>
          !progressive || at === selectedChunk || inRange(near, at) ? (
            <ListChunk key={at} events={items} at={progressive ? at : null} selectedId={at === selectedChunk ? selectedId : null} onSelect={onSelect} zone={zone} kinds={kinds} />
          ) : (
            <TextChunk key={at} events={items} at={at} zone={zone} kinds={kinds} />
          ),
        )}
      </ol>
      {listed < events.length && (
        <p className="region-pending" lang={uiLang}>
          {t.listingEvents({ done: listed, count: events.length })}
        </p>
      )}
    </section>
  );
}
