/**
 * Quoted passages of an article as non-overlapping segments. Quotes overlap, nest and repeat
 * (two events may quote the same words; one event's quote may contain another's), but a page
 * cannot nest links, so the text is cut at every quote boundary into segments that each know
 * exactly which quotes, and so which events, cover all of it.
 */

/** One quote of one event, by its UTF-16 offsets into the article. */
export interface QuoteSpan {
  eventId: string;
  /** The quote's index in its event's `quotes`. */
  quoteIndex: number;
  start: number;
  end: number;
}

/** A stretch `[start, end)` of the text, covered entirely by `quotes` and by no other quote. */
export interface Segment {
  start: number;
  end: number;
  /** The quotes that contain the whole segment, in input order. Empty for unquoted text. */
  quotes: QuoteSpan[];
  /** The distinct events of `quotes`, in the order their quotes were given. */
  eventIds: string[];
}

/**
 * Cuts `[from, to)` into segments that tile it exactly: every quote boundary inside the range is
 * a cut, and nothing else is, so coverage is uniform within each segment. Quotes are clipped to
 * the range; empty and out-of-range quotes are ignored. Runs in O((n + q) log(n + q) + s·a) for
 * s segments with at most a quotes active at once.
 */
export function segmentRange(quotes: readonly QuoteSpan[], from: number, to: number): Segment[] {
  if (to <= from) return [];
  const inRange = quotes
    .map((quote, order) => ({ quote, order, start: Math.max(quote.start, from), end: Math.min(quote.end, to) }))
    .filter((q) => q.start < q.end);

  const cuts = new Set<number>([from, to]);
  for (const q of inRange) {
    cuts.add(q.start);
    cuts.add(q.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);

  // Sweep: quotes enter at their start and leave at their end; `active` is kept in input order.
  const byStart = [...inRange].sort((a, b) => a.start - b.start || a.order - b.order);
  let next = 0;
  let active: typeof inRange = [];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < boundaries.length; i += 1) {
    const start = boundaries[i] ?? from;
    const end = boundaries[i + 1] ?? to;
    active = active.filter((q) => q.end > start);
    let entered = false;
    while (next < byStart.length && (byStart[next]?.start ?? Infinity) <= start) {
      const q = byStart[next];
      if (q) active.push(q);
      next += 1;
      entered = true;
    }
    if (entered) active.sort((a, b) => a.order - b.order);
    const covering = active.map((q) => q.quote);
    segments.push({ start, end, quotes: covering, eventIds: distinct(covering.map((q) => q.eventId)) });
  }
  return segments;
}

function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The quotes of a list of events, flattened in the events' order, ready for `segmentRange`. */
export function quoteSpans(events: readonly { id: string; quotes: readonly { start: number; end: number }[] }[]): QuoteSpan[] {
  return events.flatMap((event) =>
    event.quotes.map((quote, quoteIndex) => ({ eventId: event.id, quoteIndex, start: quote.start, end: quote.end })),
  );
}

/**
 * The quotes that overlap each of `blocks` (headlines and paragraphs, which do not overlap each
 * other), each list in the quotes' own order: what `segmentRange` needs for that block. Each quote
 * is looked up among the blocks once, instead of every block scanning every quote, which took
 * minutes for an article of 100,000 quotes.
 */
export function quotesByBlock(quotes: readonly QuoteSpan[], blocks: readonly { start: number; end: number }[]): QuoteSpan[][] {
  const byBlock = blocks.map((): QuoteSpan[] => []);
  const order = blocks.map((_, index) => index).sort((a, b) => blocks[a]!.start - blocks[b]!.start);
  for (const quote of quotes) {
    if (quote.end <= quote.start) continue;
    // The first block, in text order, that ends after the quote starts.
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (blocks[order[middle]!]!.end <= quote.start) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < order.length && blocks[order[at]!]!.start < quote.end; at += 1) {
      const index = order[at]!;
      if (blocks[index]!.end > blocks[index]!.start) byBlock[index]!.push(quote);
    }
  }
  return byBlock;
}
