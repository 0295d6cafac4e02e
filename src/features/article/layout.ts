import type { TimelineEvent } from '../../shared/schema/schema';
import { passageId, quoteAnchorOffset } from '../../shared/article/passages';
import { articleStructure, type TextSpan } from '../../shared/article/structure';
import { sortByTime } from '../../shared/time/calendar';
import { quoteSpans, quotesByBlock, segmentRange, type Segment } from './segments';

/** One headline or paragraph of the article, cut into segments by the quotes that cover it. */
export interface ArticleBlock {
  kind: 'headline' | 'paragraph';
  span: TextSpan;
  segments: Segment[];
}

/**
 * The article as the panel renders it: its headlines and paragraphs as the seed ships them, each
 * cut at every quote boundary. Events are taken in date order, so a passage quoted by several
 * events lists them in the order the timeline shows them. `headlineTexts` are the story's.
 */
export function articleLayout(text: string, events: readonly TimelineEvent[], headlineTexts: readonly string[]): ArticleBlock[] {
  const { headlines, paragraphs } = articleStructure(text, headlineTexts);
  const spans = quoteSpans(sortByTime(events));
  const blocks = [...headlines.map((span) => ({ kind: 'headline' as const, span })), ...paragraphs.map((span) => ({ kind: 'paragraph' as const, span }))];
  const quotes = quotesByBlock(
    spans,
    blocks.map(({ span }) => span),
  );
  return blocks.map(({ kind, span }, i) => ({ kind, span, segments: segmentRange(quotes[i] ?? [], span.start, span.end) }));
}

/**
 * The event a click on a shared passage's words selects: the one whose quote is the shortest,
 * that is the most specific to these words (an event quoting one clause inside another event's
 * whole sentence); on a tie, the first in date order. The others are one click away in its menu.
 */
export function primaryEventId(segment: Segment): string | undefined {
  let best = segment.quotes[0];
  for (const quote of segment.quotes) {
    if (best && quote.end - quote.start < best.end - best.start) best = quote;
  }
  return best?.eventId;
}

/**
 * Where the words a "show in article" link led to end, so a way back can follow them: the end of
 * the quote whose rendered passage has `passageElementId` (the selected event's quote first,
 * as passages may be shared), cut at its block's end. Null when no quote starts there.
 */
export function passageEnd(passageElementId: string, events: readonly TimelineEvent[], selectedId: string | null, blocks: readonly TextSpan[]): number | null {
  const ordered = [...events].sort((a, b) => Number(b.id === selectedId) - Number(a.id === selectedId));
  for (const event of ordered) {
    for (const quote of event.quotes) {
      const offset = quoteAnchorOffset(quote, blocks);
      if (offset === null || passageId(offset) !== passageElementId) continue;
      const block = blocks.find((b) => b.start <= offset && offset < b.end);
      return block ? Math.min(quote.end, block.end) : null;
    }
  }
  return null;
}
