import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteSpans, quotesByBlock, segmentRange, type QuoteSpan, type Segment } from './segments';

const q = (eventId: string, start: number, end: number, quoteIndex = 0): QuoteSpan => ({ eventId, quoteIndex, start, end });

/** `[start, end, events]` triples, easier to read in expectations than whole segments. */
const shape = (segments: Segment[]) => segments.map((s) => [s.start, s.end, s.eventIds.join('+')]);

describe('segmenting quoted text', () => {
  it('leaves unquoted text as one segment with no events', () => {
    expect(shape(segmentRange([], 0, 10))).toEqual([[0, 10, '']]);
  });

  it('cuts around a single quote', () => {
    expect(shape(segmentRange([q('a', 3, 6)], 0, 10))).toEqual([
      [0, 3, ''],
      [3, 6, 'a'],
      [6, 10, ''],
    ]);
  });

  it('gives a passage quoted by two events to both, once each', () => {
    const segments = segmentRange([q('truce', 5, 20), q('totals', 5, 20)], 0, 30);
    expect(shape(segments)).toEqual([
      [0, 5, ''],
      [5, 20, 'truce+totals'],
      [20, 30, ''],
    ]);
    expect(segments[1]?.quotes).toHaveLength(2);
  });

  it('splits overlapping quotes into the parts each covers', () => {
    expect(shape(segmentRange([q('a', 0, 10), q('b', 5, 15)], 0, 20))).toEqual([
      [0, 5, 'a'],
      [5, 10, 'a+b'],
      [10, 15, 'b'],
      [15, 20, ''],
    ]);
  });

  it('nests a quote inside another', () => {
    expect(shape(segmentRange([q('outer', 2, 20), q('inner', 8, 12)], 0, 22))).toEqual([
      [0, 2, ''],
      [2, 8, 'outer'],
      [8, 12, 'outer+inner'],
      [12, 20, 'outer'],
      [20, 22, ''],
    ]);
  });

  it('keeps adjacent quotes apart, with no empty segment between them', () => {
    const segments = segmentRange([q('a', 0, 5), q('b', 5, 9), q('a', 9, 12, 1)], 0, 12);
    expect(shape(segments)).toEqual([
      [0, 5, 'a'],
      [5, 9, 'b'],
      [9, 12, 'a'],
    ]);
    expect(segments[2]?.quotes[0]?.quoteIndex).toBe(1);
  });

  it('lists an event once when two of its quotes overlap', () => {
    const segments = segmentRange([q('a', 0, 6, 0), q('a', 3, 9, 1)], 0, 9);
    expect(shape(segments)).toEqual([
      [0, 3, 'a'],
      [3, 6, 'a'],
      [6, 9, 'a'],
    ]);
    expect(segments[1]?.quotes.map((s) => s.quoteIndex)).toEqual([0, 1]);
  });

  it('clips quotes to the range, so a paragraph only sees its own part', () => {
    expect(shape(segmentRange([q('a', 0, 8), q('b', 12, 30)], 5, 15))).toEqual([
      [5, 8, 'a'],
      [8, 12, ''],
      [12, 15, 'b'],
    ]);
  });

  it('lists covering events in the order the quotes were given, whatever their offsets', () => {
    expect(segmentRange([q('late', 0, 10), q('early', 0, 4)], 0, 10)[0]?.eventIds).toEqual(['late', 'early']);
    expect(segmentRange([q('early', 0, 4), q('late', 0, 10)], 0, 10)[0]?.eventIds).toEqual(['early', 'late']);
  });

  it('returns nothing for an empty range', () => {
    expect(segmentRange([q('a', 0, 5)], 4, 4)).toEqual([]);
  });

  it('flattens events into quote spans in order', () => {
    const spans = quoteSpans([
      { id: 'x', quotes: [{ start: 1, end: 2 }, { start: 5, end: 7 }] },
      { id: 'y', quotes: [{ start: 0, end: 3 }] },
    ]);
    expect(spans).toEqual([q('x', 1, 2, 0), q('x', 5, 7, 1), q('y', 0, 3, 0)]);
  });
});

describe('segments, for any quotes', () => {
  const length = 60;
  const quoteArb = fc
    .record({ event: fc.constantFrom('a', 'b', 'c', 'd'), start: fc.nat(length), size: fc.integer({ min: 0, max: length }) })
    .map(({ event, start, size }) => ({ event, start, end: Math.min(length, start + size) }));
  const caseArb = fc.record({
    quotes: fc.array(quoteArb, { maxLength: 12 }),
    from: fc.nat(length),
    size: fc.integer({ min: 1, max: length }),
  });

  it('tile the range exactly, and each is covered by exactly the quotes that contain it', () => {
    fc.assert(
      fc.property(caseArb, ({ quotes, from, size }) => {
        const to = Math.min(length, from + size);
        fc.pre(to > from);
        const spans = quotes.map((s, i) => q(s.event, s.start, s.end, i));
        const segments = segmentRange(spans, from, to);

        // Tiling: contiguous, non-empty, from `from` to `to`.
        expect(segments[0]?.start).toBe(from);
        expect(segments.at(-1)?.end).toBe(to);
        segments.forEach((segment, i) => {
          expect(segment.end).toBeGreaterThan(segment.start);
          if (i > 0) expect(segment.start).toBe(segments[i - 1]?.end);
        });

        for (const segment of segments) {
          const containing = spans.filter((s) => s.start <= segment.start && segment.end <= s.end);
          expect(segment.quotes).toEqual(containing);
          expect(new Set(segment.eventIds)).toEqual(new Set(containing.map((s) => s.eventId)));
          expect(segment.eventIds).toHaveLength(new Set(segment.eventIds).size);
          // Uniform coverage: no (non-empty) quote starts or ends strictly inside a segment.
          for (const s of spans.filter((span) => span.end > span.start)) {
            expect(s.start > segment.start && s.start < segment.end).toBe(false);
            expect(s.end > segment.start && s.end < segment.end).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('quotes by block', () => {
  it('gives each block the quotes that overlap it, in their own order, as scanning all of them would', () => {
    const length = 60;
    const quoteArb = fc
      .record({ start: fc.nat(length), size: fc.integer({ min: 0, max: 25 }), id: fc.constantFrom('a', 'b', 'c') })
      .map(({ start, size, id }) => q(id, start, Math.min(length, start + size)));
    // Blocks that do not overlap: cuts of the text, some left out (the gaps between paragraphs), shuffled.
    const blocksArb = fc
      .uniqueArray(fc.integer({ min: 1, max: length - 1 }), { maxLength: 8 })
      .chain((cuts) => {
        const edges = [0, ...[...cuts].sort((a, b) => a - b), length];
        const spans = edges.slice(1).map((end, i) => ({ start: edges[i]!, end }));
        return fc.shuffledSubarray(spans);
      });
    fc.assert(
      fc.property(fc.array(quoteArb, { maxLength: 15 }), blocksArb, (quotes, blocks) => {
        const naive = blocks.map((block) => quotes.filter((quote) => quote.start < quote.end && quote.start < block.end && quote.end > block.start));
        expect(quotesByBlock(quotes, blocks)).toEqual(naive);
        for (const [i, block] of blocks.entries()) {
          expect(segmentRange(quotesByBlock(quotes, blocks)[i]!, block.start, block.end)).toEqual(segmentRange(quotes, block.start, block.end));
        }
      }),
    );
  });
});
