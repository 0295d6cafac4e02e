import { useId, useMemo, type ReactNode } from 'react';
import type { Story, TimelineEvent } from '../../shared/schema/schema';
import { InferredBadge } from '../../shared/ui/InferredBadge';
import { articleBlocks, quoteAnchorId } from '../../shared/article/passages';
import { statedRanges } from '../../shared/article/figureQuotes';
import { wayBackFrom } from '../../shared/article/reveal';
import type { TextSpan } from '../../shared/article/structure';
import type { KindTable } from '../../shared/schema/kinds';
import { formatDateRange, type StoryZone } from '../../shared/time/calendar';
import { DetailFigure } from './DetailFigure';
import { DetailQuote } from './DetailQuote';
import { EVENT_DETAIL_ID } from './detailId';
import './detail.css';
import { useStoryDirection, useUiLang } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';
import { messagesFor } from '../../shared/i18n/catalogues';

export interface EventDetailProps {
  story: Story;
  events: readonly TimelineEvent[];
  /** The event the shell has selected, or null. */
  selectedId: string | null;
  /** The story's kinds: the event's label and its lane's colour. */
  kinds: KindTable;
  /** Controls the shell adds for the selected event (copy link, share), shown under its date. */
  actions?: ReactNode;
}

/** The short sentence a screen reader hears when the selection changes. */
export function selectionAnnouncement(event: TimelineEvent | undefined, zone?: StoryZone): string {
  return event ? messagesFor(zone?.lang).selected({ title: event.title, date: formatDateRange(event.start, event.end, zone) }) : '';
}

/**
 * The selected event: title, date (with the inferred badge), kind, figures as large numbers
 * with the words that state them, and its quotes, each linking to its mark in the article.
 * A polite live region says what was selected, once, instead of reading the whole panel.
 */
export function EventDetail({ story, events, selectedId, kinds, actions }: EventDetailProps) {
  const headingId = useId();
  const t = useFullMessages();
  const uiLang = useUiLang();
  const blocks = useMemo(() => articleBlocks(story.text, story.headlines), [story.text, story.headlines]);
  const event = selectedId === null ? undefined : events.find((e) => e.id === selectedId);
  return (
    <section id={EVENT_DETAIL_ID} className="event-detail" aria-labelledby={headingId} tabIndex={-1} {...wayBackFrom(t.backToEvent)}>
      <h2 id={headingId} className="event-detail__label" lang={uiLang}>
        {t.selectedEvent}
      </h2>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" lang={uiLang}>
        {selectionAnnouncement(event, story)}
      </p>
      {event ? (
        <DetailBody event={event} blocks={blocks} actions={actions} zone={story} kinds={kinds} />
      ) : (
        <p className="event-detail__prompt" lang={uiLang}>
          {t.detailPrompt}
        </p>
      )}
    </section>
  );
}

function DetailBody({ event, blocks, actions, zone, kinds }: { event: TimelineEvent; blocks: readonly TextSpan[]; actions: ReactNode; zone: StoryZone; kinds: KindTable }) {
  const dir = useStoryDirection();
  const t = useFullMessages();
  const uiLang = useUiLang();
  return (
    <div className={`event-detail__body lane--${kinds.lane(event.kind).index}`}>
      <h3 className="event-detail__title">{event.title}</h3>
      <p className="event-detail__meta">
        <span className="event-detail__kind">{kinds.label(event.kind)}</span>
        <time dateTime={event.start} dir={dir}>
          {formatDateRange(event.start, event.end, zone)}
        </time>
        {event.dateBasis === 'inferred' && <InferredBadge note={event.dateNote ?? ''} />}
      </p>
      {actions}
      {event.summary && <p className="event-detail__summary">{event.summary}</p>}
      {event.figures.length > 0 && (
        <ul className="big-figures" aria-label={t.figures}>
          {event.figures.map((figure, index) => (
            <DetailFigure key={index} figure={figure} quotes={event.quotes} blocks={blocks} />
          ))}
        </ul>
      )}
      <h4 className="event-detail__subhead" lang={uiLang}>
        {t.inArticleWords}
      </h4>
      {event.quotes.map((quote, index) => (
        <DetailQuote
          key={`${quote.start}-${quote.end}`}
          quote={quote}
          ranges={statedRanges(index, event.figures)}
          anchor={quoteAnchorId(quote, blocks)}
          position={event.quotes.length > 1 ? t.quotePosition({ index: index + 1, count: event.quotes.length }) : null}
        />
      ))}
    </div>
  );
}
