import { describe, expect, it } from 'vitest';
import type { Authoring, AuthoredEvent } from './authoring';
import { coverageReport, derive, locateQuote, occurrences } from './derive';

const seed = [
  'A Short Story Headline',
  '',
  'The ceasefire began on March 3 and lasted four days. Officials met again.',
  '',
  'Officials met again. Twelve people were released, and 2 were hurt.',
  '',
].join('\n');

function event(overrides: Partial<AuthoredEvent> = {}): AuthoredEvent {
  return {
    id: 'ceasefire',
    kind: 'truce-period',
    title: 'Ceasefire',
    start: '2024-03-03',
    end: '2024-03-06',
    dateBasis: 'stated',
    figures: [],
    quotes: ['The ceasefire began on March 3 and lasted four days.'],
    ...overrides,
  };
}

function authoring(events: AuthoredEvent[]): Authoring {
  return { seed: 'story.txt', story: {}, events };
}

describe('locating quotes', () => {
  it('records UTF-16 offsets that slice back to the quote', () => {
    const located = locateQuote(seed, 'lasted four days');
    expect(located.ok).toBe(true);
    if (located.ok) expect(seed.slice(located.quote.start, located.quote.end)).toBe('lasted four days');
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const text = 'Emoji 🕊️ first, then the quote.';
    const located = locateQuote(text, 'the quote');
    expect(located).toEqual({ ok: true, quote: { text: 'the quote', start: text.indexOf('the quote'), end: text.indexOf('the quote') + 9 } });
    // 🕊 is two UTF-16 code units and the variation selector one more: 22 units, 21 code points.
    expect(text.indexOf('the quote')).toBe(22);
    expect([...text.slice(0, 22)]).toHaveLength(21);
  });

  it('fails on a quote that is not in the article, naming the quote', () => {
    expect(locateQuote(seed, 'lasted five days')).toEqual({ ok: false, message: 'quote not found in the article: "lasted five days"' });
  });

  it('fails on an ambiguous quote unless a hint says which', () => {
    expect(occurrences(seed, 'Officials met again.')).toHaveLength(2);
    const ambiguous = locateQuote(seed, 'Officials met again.');
    expect(ambiguous.ok).toBe(false);
    if (!ambiguous.ok) expect(ambiguous.message).toContain('occurs 2 times in the article; add "occurrence: N" (1 to 2)');
    const second = locateQuote(seed, { text: 'Officials met again.', occurrence: 2 });
    expect(second.ok && second.quote.start).toBe(seed.lastIndexOf('Officials met again.'));
    expect(locateQuote(seed, { text: 'Officials met again.', occurrence: 3 }).ok).toBe(false);
  });
});

describe('deriving a timeline', () => {
  it('derives events with offsets, headlines and the seed hash', () => {
    const result = derive(seed, 'seeds/story.txt', authoring([event({ figures: [{ value: 4, unit: 'days', label: 'ceasefire' }] })]));
    expect(result.errors).toEqual([]);
    expect(result.timeline?.story.headlines).toEqual(['A Short Story Headline']);
    expect(result.timeline?.story.title).toBe('A Short Story Headline');
    expect(result.timeline?.story.seedSha256).toMatch(/^[0-9a-f]{64}$/);
    const quote = result.timeline?.events[0]?.quotes[0];
    expect(quote && seed.slice(quote.start, quote.end)).toBe(quote?.text);
  });

  it('names the event and the quote when a quote is missing', () => {
    const result = derive(seed, 's.txt', authoring([event({ id: 'talks', quotes: ['Nobody said this.'] })]));
    expect(result.timeline).toBeNull();
    expect(result.errors).toEqual(['event "talks": quote not found in the article: "Nobody said this."']);
  });

  it('accepts a figure stated in words and one stated in digits', () => {
    const result = derive(seed, 's.txt', authoring([
      event({ id: 'release', kind: 'exchange', end: undefined, quotes: ['Twelve people were released, and 2 were hurt.'], figures: [
        { value: 12, unit: 'people', label: 'released' },
        { value: 2, unit: 'people', label: 'hurt' },
      ] }),
    ]));
    expect(result.errors).toEqual([]);
  });

  it('rejects a figure that none of its quotes states', () => {
    const result = derive(seed, 's.txt', authoring([event({ figures: [{ value: 5, unit: 'days', label: 'ceasefire' }] })]));
    expect(result.errors).toEqual(['event "ceasefire": figure 5 (ceasefire) is not stated in any of its quotes']);
  });

  it('reports schema problems by path', () => {
    const result = derive(seed, 's.txt', authoring([event({ dateBasis: 'inferred' })]));
    expect(result.errors).toEqual(['events[0].dateNote: an inferred date needs a note saying how it was inferred (event "ceasefire")']);
  });
});

describe('the coverage report', () => {
  it('lists each sentence with a date, duration or count that no quote covers', () => {
    const report = coverageReport(seed, []);
    expect(report.map((r) => r.sentence.text)).toEqual([
      'The ceasefire began on March 3 and lasted four days.',
      'Twelve people were released, and 2 were hurt.',
    ]);
    expect(report[0]?.mentions).toEqual(['March', '3', 'four']);
  });

  it('drops a sentence once a quote covers its figures', () => {
    const located = locateQuote(seed, 'began on March 3 and lasted four days');
    if (!located.ok) throw new Error(located.message);
    expect(coverageReport(seed, [located.quote]).map((r) => r.sentence.text)).toEqual([
      'Twelve people were released, and 2 were hurt.',
    ]);
  });

  it('still reports a sentence when a quote covers only part of its figures', () => {
    const located = locateQuote(seed, 'Twelve people were released');
    if (!located.ok) throw new Error(located.message);
    const report = coverageReport(seed, [located.quote]);
    expect(report.find((r) => r.sentence.text.startsWith('Twelve'))?.mentions).toEqual(['2']);
  });
});
