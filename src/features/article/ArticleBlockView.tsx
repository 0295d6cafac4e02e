import type { TimelineEvent } from '../data/schema';
import type { ArticleBlock } from './layout';
import { primaryEventId } from './layout';
import { QuoteMark } from './QuoteMark';
import { SharedQuoteMark } from './SharedQuoteMark';

interface ArticleBlockViewProps {
  block: ArticleBlock;
  /** True for the article's first headline, which is its title. */
  first: boolean;
  text: string;
  eventsById: ReadonlyMap<string, TimelineEvent>;
  selectedId: string | null;
  eventHref: (id: string) => string;
  onSelect: (id: string) => void;
}

/** One headline or paragraph: its unquoted text as text, each quoted segment as a mark. */
export function ArticleBlockView({ block, first, text, eventsById, selectedId, eventHref, onSelect }: ArticleBlockViewProps) {
  const content = block.segments.map((segment) => {
    const words = text.slice(segment.start, segment.end);
    const events = segment.eventIds.map((id) => eventsById.get(id)).filter((e): e is TimelineEvent => e !== undefined);
    const [only] = events;
    if (!only) return words;
    if (events.length === 1) {
      return (
        <QuoteMark
          key={segment.start}
          start={segment.start}
          text={words}
          eventId={only.id}
          eventTitle={only.title}
          current={only.id === selectedId}
          href={eventHref(only.id)}
          onSelect={onSelect}
        />
      );
    }
    return (
      <SharedQuoteMark
        key={segment.start}
        start={segment.start}
        text={words}
        events={events}
        primaryId={primaryEventId(segment) ?? only.id}
        selectedId={selectedId}
        eventHref={eventHref}
        onSelect={onSelect}
      />
    );
  });
  if (block.kind === 'headline') {
    return first ? <h3 className="article__headline">{content}</h3> : <p className="article__standfirst">{content}</p>;
  }
  return <p className="article__paragraph">{content}</p>;
}
