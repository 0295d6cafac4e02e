import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../shared/schema/validate';
import { articleBlocks, passageId } from '../../shared/article/passages';
import { articleLayout, passageEnd, primaryEventId } from './layout';
import type { Segment } from './segments';

const data: unknown = JSON.parse(readFileSync(new URL('../../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8'));
const result = validateTimeline(data);
if (!result.ok) throw new Error('the committed timeline is invalid');
const { story, events } = result.timeline;

describe('the article layout of the seed', () => {
  const blocks = articleLayout(story.text, events, story.headlines);

  it('renders every headline and paragraph exactly as shipped', () => {
    expect(blocks.filter((b) => b.kind === 'headline').map((b) => b.span.text)).toEqual(story.headlines);
    for (const block of blocks) {
      expect(block.segments.map((s) => story.text.slice(s.start, s.end)).join('')).toBe(block.span.text);
    }
  });

  it('marks every quote of every event', () => {
    for (const event of events) {
      event.quotes.forEach((quote, index) => {
        const covered = blocks
          .flatMap((b) => b.segments)
          .filter((s) => s.quotes.some((q) => q.eventId === event.id && q.quoteIndex === index));
        expect(covered.map((s) => story.text.slice(s.start, s.end)).join(''), `${event.id} quote ${index}`).toBe(quote.text);
      });
    }
  });

  it('gives the passage both truce events quote to both, in date order', () => {
    const start = story.text.indexOf('Since the truce began on November 24');
    const shared = blocks.flatMap((b) => b.segments).find((s) => s.start === start);
    expect(shared?.eventIds).toEqual(['initial-truce', 'exchange-totals']);
  });
});

describe('the event a shared passage selects', () => {
  const segment = (quotes: [string, number, number][]): Segment => ({
    start: 5,
    end: 8,
    quotes: quotes.map(([eventId, start, end]) => ({ eventId, quoteIndex: 0, start, end })),
    eventIds: [...new Set(quotes.map(([id]) => id))],
  });

  it('is the event with the shortest, most specific quote', () => {
    expect(primaryEventId(segment([['sentence', 0, 40], ['clause', 5, 8]]))).toBe('clause');
  });

  it('is the first in date order when the quotes are the same length', () => {
    expect(primaryEventId(segment([['first', 5, 8], ['second', 5, 8]]))).toBe('first');
  });
});

describe('passageEnd', () => {
  const spans = articleBlocks(story.text, story.headlines);
  const byId = (id: string) => {
    const event = events.find((e) => e.id === id);
    if (!event) throw new Error(`no event ${id}`);
    return event;
  };

  it('is the end of the quote a passage starts, inside its paragraph', () => {
    const quote = byId('jerusalem-shooting').quotes[0]!;
    expect(passageEnd(passageId(quote.start), events, 'jerusalem-shooting', spans)).toBe(quote.end);
  });

  it('prefers the selected event’s quote where passages are shared', () => {
    const [first, second] = [byId('initial-truce'), byId('exchange-totals')];
    for (const quote of first.quotes) {
      const end = passageEnd(passageId(quote.start), events, first.id, spans);
      expect(end).toBe(quote.end);
    }
    const shared = second.quotes.find((q) => first.quotes.some((o) => o.start === q.start));
    if (shared) expect(passageEnd(passageId(shared.start), events, second.id, spans)).toBe(shared.end);
  });

  it('is null for an id no quote starts at', () => {
    expect(passageEnd('passage-1', events, null, spans)).toBeNull();
    expect(passageEnd('event-detail', events, null, spans)).toBeNull();
  });
});
