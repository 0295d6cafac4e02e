import type { Source } from '../schema/schema';
import { formatDate, type StoryZone } from '../time/calendar';
import { messagesFor } from '../i18n/catalogues';

/**
 * How readers are told where a story comes from: the article's own headline (not the editor's
 * title for the timeline), its byline, publisher and publication date, each only as the story
 * declares it. What it does not declare is said to be missing rather than made up.
 */

/** The parts of a story a credit reads. */
export interface Credited extends StoryZone {
  title: string;
  headlines: readonly string[];
  source?: Source | undefined;
}

/** The pieces of the credit: the article's headline, its address, and the words after the headline. */
export interface CreditParts {
  headline: string;
  url: string | undefined;
  /** ", by Jane Doe, Reuters, 10 July 2018", or " (its publisher and publication date are not given)". */
  details: string;
}

/** The article's own headline: its first, as it prints it. */
export function articleHeadline(story: Credited): string {
  return story.headlines[0] ?? story.title;
}

/** The credit in pieces, for a link on the headline. */
export function creditParts(story: Credited): CreditParts {
  const { source } = story;
  const t = messagesFor(story.lang);
  const known = [source?.byline && t.byline({ name: source.byline }), source?.publisher, source?.published && formatDate(source.published, story)].filter(
    (part): part is string => Boolean(part),
  );
  const missing = [!source?.publisher && t.missingPublisher, !source?.published && t.missingDate].filter((part): part is string => Boolean(part));
  const gap = missing.length > 0 ? t.notGiven({ missing, count: missing.length }) : '';
  return { headline: articleHeadline(story), url: source?.url, details: `${known.length > 0 ? `${t.comma}${known.join(t.comma)}` : ''}${gap}` };
}

/** "the article “Headline”, by Jane Doe, Reuters, 10 July 2018", in one line of text, in the interface's words for the story's language. */
export function sourceCredit(story: Credited): string {
  const { headline, details } = creditParts(story);
  return `${messagesFor(story.lang).theArticle({ headline })}${details}`;
}

/** Who published it, in a word or two, for a short credit: the publisher, or the article's headline. */
export function sourceName(story: Credited): string {
  return story.source?.publisher ?? messagesFor(story.lang).theArticle({ headline: articleHeadline(story) });
}
