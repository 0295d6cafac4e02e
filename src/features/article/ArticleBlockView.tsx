import { Fragment, type ReactNode } from 'react';
import type { TimelineEvent } from '../../shared/schema/schema';
import type { StoryZone } from '../../shared/time/calendar';
import type { ArticleBlock } from './layout';
import { primaryEventId } from './layout';
import { QuoteMark } from './QuoteMark';
import { SharedQuoteMark } from './SharedQuoteMark';

type Segment = ArticleBlock['segments'][number];

export interface ArticleBlockViewProps {
  block: ArticleBlock;
  /** True for the article's first headline, which is its title. */
  first: boolean;
  text: string;
  eventsById: ReadonlyMap<string, TimelineEvent>;
  selectedId: string | null;
  eventHref: (id: string) => string;
  onSelect: (id: string) => void;
  /** The story's time zone, which the dates of a passage's menu name. */
  zone?: StoryZone;
  /** The end offset of the quoted words a way back follows, when it is in this block. */
  returnAfter?: number | null;
  /** That way back: the next stop for the keyboard after the words. */
  returnLink?: ReactNode;
}

/** One headline or paragraph: its unquoted text as text, each quoted segment as a mark. */
export function ArticleBlockView({ block, first, text, eventsById, selectedId, eventHref, onSelect, zone, returnAfter = null, returnLink }: ArticleBlockViewProps) {
  const renderSegment = (segment: Segment) => {
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
        zone={zone}
      />
    );
  };
  const content = block.segments.flatMap((segment) =>
    returnLink && segment.end === returnAfter && segment.eventIds.length > 0
      ? [renderSegment(segment), <Fragment key="return">{returnLink}</Fragment>]
      : [renderSegment(segment)],
  );
  if (block.kind === 'headline') {
    return first ? <h3 className="article__headline">{content}</h3> : <p className="article__standfirst">{content}</p>;
  }
  return <p className="article__paragraph">{content}</p>;
}
