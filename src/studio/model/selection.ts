import type { StudioQuote } from './authoring';

/**
 * Words selected in the article, as a quote. The article is shown in a read-only text area, which
 * anyone can select in by pointer or by keyboard (Shift and the arrow keys), and whose offsets the
 * browser reports exactly; but a text area holds line breaks as "\n" only, so an article with
 * CRLF line breaks is mapped back to its own offsets, and the quote is always the article's own
 * characters.
 */

export interface ArticleView {
  /** The text as the text area holds it. */
  text: string;
  /** For each offset of `text` (and one past its end), the offset in the article. */
  toSeed: number[];
  /** For each offset of the article (and one past its end), the offset in `text`. */
  fromSeed: number[];
}

export function articleView(seed: string): ArticleView {
  let text = '';
  const toSeed: number[] = [];
  const fromSeed: number[] = [];
  for (let i = 0; i < seed.length; i += 1) {
    fromSeed.push(text.length);
    if (seed[i] === '\r' && seed[i + 1] === '\n') continue;
    toSeed.push(i);
    text += seed[i] === '\r' ? '\n' : seed[i];
  }
  toSeed.push(seed.length);
  fromSeed.push(text.length);
  return { text, toSeed, fromSeed };
}

/** Where `text` occurs in `seed`, every time. */
export function placesOf(seed: string, text: string): number[] {
  const places: number[] = [];
  if (!text) return places;
  for (let at = seed.indexOf(text); at !== -1; at = seed.indexOf(text, at + 1)) places.push(at);
  return places;
}

/** A selection in the text area as a quote of the article: spaces at its ends left out, `occurrence` when the words appear more than once. */
export function quoteFromSelection(seed: string, view: ArticleView, from: number, to: number): (StudioQuote & { start: number; end: number }) | null {
  let start = view.toSeed[Math.min(from, to)] ?? 0;
  let end = view.toSeed[Math.max(from, to)] ?? seed.length;
  while (start < end && /\s/.test(seed[start] ?? '')) start += 1;
  while (end > start && /\s/.test(seed[end - 1] ?? '')) end -= 1;
  if (end <= start) return null;
  const text = seed.slice(start, end);
  const places = placesOf(seed, text);
  return places.length > 1 ? { text, occurrence: places.indexOf(start) + 1, start, end } : { text, start, end };
}

/** Where an authored quote is in the article, or null when it is not there (the checks say why). */
export function locate(seed: string, quote: StudioQuote): { start: number; end: number } | null {
  const places = placesOf(seed, quote.text);
  const at = places[(quote.occurrence ?? 1) - 1];
  return at === undefined || (quote.occurrence === undefined && places.length > 1) ? null : { start: at, end: at + quote.text.length };
}
