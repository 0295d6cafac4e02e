import { findNumbers } from '../text/numbers';

/**
 * Which words of the article state a figure. The data pipeline already checks that every
 * figure's value appears in one of its event's quotes, as digits or as words; these helpers find
 * that quote and the words again, so the app can show a number beside the words that state it.
 */

/** A stretch `[start, end)` of a quote's text. */
export interface TextRange {
  start: number;
  end: number;
}

/** The index of the first quote that states `value` ("eight", "30", "four-day"), or -1. */
export function quoteStatingValue(value: number, quotes: readonly { text: string }[]): number {
  return quotes.findIndex((quote) => findNumbers(quote.text).some((m) => m.value === value));
}

/** Where `text` states any of `values`, in order, as ranges of `text`. */
export function valueMentions(text: string, values: readonly number[]): TextRange[] {
  const wanted = new Set(values);
  return findNumbers(text)
    .filter((m) => m.value !== null && wanted.has(m.value))
    .map((m) => ({ start: m.start, end: m.end }));
}

/** A text cut into plain and emphasised runs, for rendering a quote with its numbers picked out. */
export interface TextRun {
  text: string;
  emphasis: boolean;
}

/** Splits `text` at `ranges` (sorted, non-overlapping) into runs; the ranges are emphasised. */
export function emphasise(text: string, ranges: readonly TextRange[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at || range.end <= range.start) continue;
    if (range.start > at) runs.push({ text: text.slice(at, range.start), emphasis: false });
    runs.push({ text: text.slice(range.start, range.end), emphasis: true });
    at = range.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), emphasis: false });
  return runs;
}

/** A few words either side of `range`, marked with ellipses where the quote goes on. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/** The words around a number in a quote: "…has released *eight* Israeli hostages, including…". */
export function excerptAround(text: string, range: TextRange, words = 3): Excerpt {
  const head = text.slice(0, range.start);
  const tail = text.slice(range.end);
  const headWords = head.split(/(?<=\s)/);
  const tailWords = tail.split(/(?=\s)/);
  const keptHead = headWords.slice(-words).join('');
  const keptTail = tailWords.slice(0, words).join('');
  return {
    before: (keptHead.length < head.length ? '…' : '') + keptHead,
    match: text.slice(range.start, range.end),
    after: keptTail + (keptTail.length < tail.length ? '…' : ''),
  };
}
