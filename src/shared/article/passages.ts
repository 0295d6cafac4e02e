import { articleStructure, type TextSpan } from './structure';

/**
 * Rendered passages of the article and their element ids. The article panel cuts its blocks
 * (headlines and paragraphs) at every quote boundary and gives each quoted piece the id of its
 * start offset, so any other part of the page can point at the words of a quote with an in-page
 * link that is stable across renders, builds and servers (it comes from the data, not `useId`).
 */

/**
 * The element id of a rendered passage of the article: what a "show in article" link points at.
 * Only `passageId` makes one, so every link and the panel agree on the form.
 */
export type PassageId = string & { readonly passage: unique symbol };

/** The element id of the rendered passage that starts at `offset`: `passage-2474`. */
export function passageId(offset: number): PassageId {
  return `passage-${offset}` as PassageId;
}

/** The article's headlines (as the story declares them) and paragraphs, in text order: the blocks the panel renders. */
export function articleBlocks(text: string, headlines: readonly string[]): TextSpan[] {
  const structure = articleStructure(text, headlines);
  return [...structure.headlines, ...structure.paragraphs];
}

/**
 * Where a quote's first rendered piece begins: the quote's own start when it falls inside a
 * block, else the start of the first block it reaches (a quote that begins in the blank lines
 * between paragraphs). Null when the quote touches no block at all.
 */
export function quoteAnchorOffset(quote: { start: number; end: number }, blocks: readonly TextSpan[]): number | null {
  for (const block of blocks) {
    if (block.end <= quote.start) continue;
    if (block.start >= quote.end) return null;
    return Math.max(block.start, quote.start);
  }
  return null;
}

/** The id of the element a "show in article" link for this quote points at, or null. */
export function quoteAnchorId(quote: { start: number; end: number }, blocks: readonly TextSpan[]): PassageId | null {
  const offset = quoteAnchorOffset(quote, blocks);
  return offset === null ? null : passageId(offset);
}
