import type { Story, TimelineEvent } from '../../shared/schema/schema';
import { formatDateRange, type StoryZone } from '../../shared/time/calendar';
import { formatFigure } from '../../shared/format/figures';
import { articleHeadline, sourceCredit } from '../../shared/format/source';
import { messagesFor } from '../../shared/i18n/catalogues';

/** What a page says about itself: the tab title, and the words link previews show. */
export interface PageMeta {
  title: string;
  description: string;
  /** The event's key figure as a phrase, for the social card. */
  keyFigure: string | null;
}

const DESCRIPTION_LIMIT = 200;

/** Cuts text at a word boundary near `limit` characters, marking the cut with an ellipsis. */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** "The truce is extended for three days, 28–30 November 2023 · Sourceline"; a time names the story's zone. */
export function eventTitle(event: TimelineEvent, zone?: StoryZone): string {
  return messagesFor(zone?.lang).titleAndDate({ title: event.title, date: formatDateRange(event.start, event.end, zone) });
}

/**
 * The story's page, or one event's: title and description from the data and its quotes.
 * `quote` is the passage the description quotes (by default the event's first).
 */
export function pageMeta(story: Story, event: TimelineEvent | null, quote: string = event?.quotes[0]?.text ?? ''): PageMeta {
  const t = messagesFor(story.lang);
  if (!event) {
    return {
      title: t.pageTitle({ title: story.title }),
      // A preview names the source as declared; when nothing is, it names the article alone.
      description: clip(t.storyDescription({ source: story.source ? sourceCredit(story) : t.theArticle({ headline: articleHeadline(story) }) }), DESCRIPTION_LIMIT),
      keyFigure: null,
    };
  }
  const date = formatDateRange(event.start, event.end, story);
  const dated = event.dateBasis === 'inferred' ? t.dateInferred({ date }) : date;
  return {
    title: t.pageTitle({ title: eventTitle(event, story) }),
    description: clip(`${dated}: ${t.quoted({ text: quote })}`, DESCRIPTION_LIMIT),
    keyFigure: event.figures[0] ? formatFigure(event.figures[0], story.lang) : null,
  };
}
