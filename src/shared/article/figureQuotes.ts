/**
 * Which words of the article state a figure. The data pipeline finds them when it checks that
 * every figure's value appears in one of its event's quotes, and records them on the figure
 * (`stated`: the quote and the offsets in its text), so the app shows a number beside the very
 * words that were checked, without reading numbers in the reader's page.
 */

/** A stretch `[start, end)` of a quote's text. */
export interface TextRange {
  start: number;
  end: number;
}

/** What a figure's words are known by. */
interface Stated {
  stated?: { quote: number; start: number; end: number } | undefined;
}

/** The index of the quote that states the figure, or -1 when the data does not say. */
export function statedQuoteIndex(figure: Stated): number {
  return figure.stated?.quote ?? -1;
}

/** Where quote `quoteIndex` states any of `figures`, in order, as ranges of its text. */
export function statedRanges(quoteIndex: number, figures: readonly Stated[]): TextRange[] {
  const ranges = figures.flatMap((figure) => (figure.stated?.quote === quoteIndex ? [{ start: figure.stated.start, end: figure.stated.end }] : []));
  return ranges.sort((a, b) => a.start - b.start).filter((range, i) => i === 0 || range.start >= (ranges[i - 1]?.end ?? 0));
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
