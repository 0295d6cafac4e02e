import { describe, expect, it } from 'vitest';
import { validateTimeline, formatPath } from './validate';

const text = 'Headline\n\nThe truce began on November 24. It held.';

function valid() {
  return {
    version: 1,
    story: { title: 'Headline', headlines: ['Headline'], seed: 'seeds/a.txt', seedSha256: 'a'.repeat(64), text },
    events: [
      {
        id: 'truce',
        kind: 'truce-period',
        title: 'Truce',
        start: '2023-11-24',
        end: '2023-11-27',
        dateBasis: 'inferred',
        dateNote: 'Year inferred.',
        figures: [],
        quotes: [{ text: 'The truce began on November 24.', start: 10, end: 41 }],
      },
      {
        id: 'held',
        kind: 'statement',
        title: 'It held',
        start: '2023-11-25',
        dateBasis: 'stated',
        figures: [{ value: 1, unit: 'truce', label: 'held', qualifier: 'at least' }],
        quotes: [{ text: 'It held.', start: 42, end: 50 }],
      },
    ],
  };
}

function problems(data: unknown): string[] {
  const result = validateTimeline(data);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('the timeline schema', () => {
  it('accepts a valid timeline', () => {
    expect(problems(valid())).toEqual([]);
  });

  it('requires URL-safe ids', () => {
    const data = valid();
    data.events[1]!.id = 'It Held';
    expect(problems(data)).toEqual(['events[1].id: expected lowercase letters, digits and hyphens, starting with a letter or digit']);
  });

  it('requires unique ids', () => {
    const data = valid();
    data.events[1]!.id = 'truce';
    expect(problems(data)).toEqual(['events[1].id: duplicate id "truce" (also events[0])']);
  });

  it('requires ISO dates', () => {
    const data = valid();
    data.events[0]!.start = '24 November 2023';
    expect(problems(data)[0]).toMatch(/^events\[0\]\.start: expected an ISO 8601 date/);
  });

  it('requires an end after the start', () => {
    const data = valid();
    data.events[0]!.end = '2023-11-20';
    expect(problems(data)).toEqual(['events[0].end: the end comes before the start']);
  });

  it('requires an end on a truce period', () => {
    const data = valid() as { events: Record<string, unknown>[] };
    delete data.events[0]!.end;
    expect(problems(data)).toEqual(['events[0].end: Invalid input: expected string, received undefined']);
  });

  it('requires a note on an inferred date', () => {
    const data = valid();
    delete (data.events[0] as { dateNote?: string }).dateNote;
    expect(problems(data)).toEqual(['events[0].dateNote: an inferred date needs a note saying how it was inferred']);
  });

  it('rejects an unknown kind', () => {
    const data = valid();
    data.events[1]!.kind = 'rumour';
    expect(problems(data)[0]).toMatch(/^events\[1\]\.kind: /);
  });

  it('requires quote text equal to the article at its offsets', () => {
    const data = valid();
    data.events[1]!.quotes[0]!.start = 41;
    expect(problems(data)).toEqual(['events[1].quotes[0].text: the quote is not the article text at its offsets']);
  });

  it('requires a quote to end after it starts', () => {
    const data = valid();
    data.events[1]!.quotes[0]!.end = 42;
    expect(problems(data)).toEqual(['events[1].quotes[0].end: a quote must end after it starts']);
  });

  it('requires at least one quote per event', () => {
    const data = valid();
    data.events[1]!.quotes = [];
    expect(problems(data)).toEqual(['events[1].quotes: every event rests on at least one quote']);
  });

  it('requires numeric figures', () => {
    const data = valid() as unknown as { events: { figures: Record<string, unknown>[] }[] };
    data.events[1]!.figures[0]!.value = 'nine';
    expect(problems(data)).toEqual(['events[1].figures[0].value: Invalid input: expected number, received string']);
  });

  it('formats paths as a reader writes them', () => {
    expect(formatPath(['events', 3, 'quotes', 0, 'start'])).toBe('events[3].quotes[0].start');
    expect(formatPath([])).toBe('');
  });
});
