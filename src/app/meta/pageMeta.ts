import type { Story, TimelineEvent } from '../../shared/schema/schema';
import { formatDateRange } from '../../shared/time/calendar';
import { formatFigure } from '../../shared/format/figures';
import { articleHeadline, sourceCredit } from '../../shared/format/source';
import { pageInterfaceFor } from '../../shared/i18n/pageCatalogues';
import { pageTitle } from './pageTitle';

export { eventTitle } from './pageTitle';

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

/**
 * The story's page, or one event's: title and description from the data and its quotes, for the
 * build (the app sets only the title, `pageTitle.ts`). `quote` is the passage the description
 * quotes (by default the event's first).
 */
export function pageMeta(story: Story, event: TimelineEvent | null, quote: string = event?.quotes[0]?.text ?? ''): PageMeta {
  const { messages: t, pages } = pageInterfaceFor(story.lang);
  if (!event) {
    return {
      title: pageTitle(story, null),
      // A preview names the source as declared; when nothing is, it names the article alone.
      description: clip(pages.storyDescription({ source: story.source ? sourceCredit(story) : t.theArticle({ headline: articleHeadline(story) }) }), DESCRIPTION_LIMIT),
      keyFigure: null,
    };
  }
  const date = formatDateRange(event.start, event.end, story);
  const dated = event.dateBasis === 'inferred' ? t.dateInferred({ date }) : date;
  return {
    title: pageTitle(story, event),
    description: clip(`${dated}: ${t.quoted({ text: quote })}`, DESCRIPTION_LIMIT),
    keyFigure: event.figures[0] ? formatFigure(event.figures[0], story.lang) : null,
  };
}
