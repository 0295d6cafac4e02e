import { describe, expect, it } from 'vitest';
import { validateTimeline, formatPath } from './validate';
import { isEventId } from '../../shared/ids/eventId';

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
    expect(problems(data)).toEqual(['events[0].end: the end (2023-11-20) comes before the start (2023-11-24) (event "truce")']);
  });

  it('requires an end on a truce period', () => {
    const data = valid() as { events: Record<string, unknown>[] };
    delete data.events[0]!.end;
    expect(problems(data)).toEqual(['events[0].end: Invalid input: expected string, received undefined (event "truce")']);
  });

  it('requires a note on an inferred date', () => {
    const data = valid();
    delete (data.events[0] as { dateNote?: string }).dateNote;
    expect(problems(data)).toEqual(['events[0].dateNote: an inferred date needs a note saying how it was inferred (event "truce")']);
  });

  it('rejects an unknown kind', () => {
    const data = valid();
    data.events[1]!.kind = 'rumour';
    expect(problems(data)[0]).toMatch(/^events\[1\]\.kind: /);
  });

  it('requires quote text equal to the article at its offsets', () => {
    const data = valid();
    data.events[1]!.quotes[0]!.start = 41;
    expect(problems(data)).toEqual(['events[1].quotes[0].text: the quote is not the article text at its offsets (event "held")']);
  });

  it('requires a quote to end after it starts', () => {
    const data = valid();
    data.events[1]!.quotes[0]!.end = 42;
    expect(problems(data)).toEqual(['events[1].quotes[0].end: a quote must end after it starts (event "held")']);
  });

  it('requires at least one quote per event', () => {
    const data = valid();
    data.events[1]!.quotes = [];
    expect(problems(data)).toEqual(['events[1].quotes: every event rests on at least one quote (event "held")']);
  });

  it('requires numeric figures', () => {
    const data = valid() as unknown as { events: { figures: Record<string, unknown>[] }[] };
    data.events[1]!.figures[0]!.value = 'nine';
    expect(problems(data)).toEqual(['events[1].figures[0].value: Invalid input: expected number, received string (event "held")']);
  });

  it('refuses a day that is not on the calendar, naming the event and the date', () => {
    const data = valid();
    data.events[1]!.start = '2023-02-30';
    expect(problems(data)).toEqual(['events[1].start: 2023-02-30 is not a date: February 2023 has 28 days (event "held")']);
  });

  it('refuses impossible days wherever a date goes: ends, date-times, the story’s date', () => {
    const data = valid() as ReturnType<typeof valid> & { story: { date?: string } };
    data.events[0]!.start = '2023-04-31';
    data.events[0]!.end = '2023-06-31T10:00Z';
    data.story.date = '2023-02-29';
    expect(problems(data)).toEqual([
      'story.date: 2023-02-29 is not a date: February 2023 has 28 days',
      'events[0].start: 2023-04-31 is not a date: April 2023 has 30 days (event "truce")',
      'events[0].end: 2023-06-31 is not a date: June 2023 has 30 days (event "truce")',
    ]);
  });

  it('accepts 29 February in a leap year, and offsets within a day only', () => {
    const data = valid();
    data.events[1]!.start = '2024-02-29';
    data.events[0]!.start = '2000-02-29T23:59+14:00';
    data.events[0]!.end = '2000-03-01';
    expect(problems(data)).toEqual([]);
    data.events[0]!.start = '2000-02-29T10:00+24:00';
    expect(problems(data)[0]).toMatch(/^events\[0\]\.start: expected an ISO 8601 date/);
  });

  it('caps ids at 100 characters, the same rule as links and embeds', () => {
    const data = valid();
    data.events[1]!.id = 'a'.repeat(100);
    expect(problems(data)).toEqual([]);
    data.events[1]!.id = 'a'.repeat(101);
    expect(problems(data)).toEqual(['events[1].id: an event id is at most 100 characters, since it goes into page paths and deep links']);
    // An id 250 characters long once failed the build with ENAMETOOLONG; it is refused at the edge.
    data.events[1]!.id = 'b'.repeat(250);
    expect(problems(data)).toHaveLength(1);
  });

  it('accepts exactly the ids that links and embeds accept', () => {
    for (const id of ['a', 'a-b', '9', 'a'.repeat(99), 'a'.repeat(100), 'a'.repeat(101), '-a', 'A', 'a_b', 'a b', '']) {
      const data = valid();
      data.events[1]!.id = id;
      expect(problems(data).length === 0, id).toBe(isEventId(id));
    }
  });

  it('refuses direction controls in an editor’s words, which would reverse the sentences quoting them', () => {
    const data = valid();
    data.events[1]!.title = 'It \u202Eheld';
    data.story.title = '\u2067Headline';
    data.events[1]!.figures[0]!.label = 'held\u202D';
    expect(problems(data)).toEqual([
      'story.title: holds an invisible direction control (U+2067) that would reverse the text around it wherever it is shown; remove it',
      'events[1].title: holds an invisible direction control (U+202E) that would reverse the text around it wherever it is shown; remove it (event "held")',
      'events[1].figures[0].label: holds an invisible direction control (U+202D) that would reverse the text around it wherever it is shown; remove it (event "held")',
    ]);
  });

  it('accepts right-to-left titles, which need no controls', () => {
    const data = valid();
    data.events[1]!.title = 'הפסקת האש נמשכת — الهدنة مستمرة';
    expect(problems(data)).toEqual([]);
  });

  it('formats paths as a reader writes them', () => {
    expect(formatPath(['events', 3, 'quotes', 0, 'start'])).toBe('events[3].quotes[0].start');
    expect(formatPath([])).toBe('');
  });

  it('refuses a figure said to be stated where its quote has no such words', () => {
    const data = valid() as unknown as { events: { figures: Record<string, unknown>[] }[] };
    data.events[1]!.figures[0]!.stated = { quote: 0, start: 3, end: 7 };
    expect(problems(data)).toEqual([]);
    data.events[1]!.figures[0]!.stated = { quote: 1, start: 0, end: 2 };
    expect(problems(data)).toEqual(['events[1].figures[0].stated: no words of quote 1 at 0–2 (event "held")']);
    data.events[1]!.figures[0]!.stated = { quote: 0, start: 3, end: 40 };
    expect(problems(data)).toHaveLength(1);
  });
});
