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
    expect(problems(data)).toEqual(['events[0].end: missing: a "Truce period" is a period, drawn as a band across the chart, so it needs an end (event "truce")']);
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

describe('a story\'s vocabulary in the data', () => {
  const vocabulary = () => ({
    lanes: [
      { id: 'count', name: 'The count', shortName: 'Count', shape: 'circle', color: { light: '#0b5cad', dark: '#8cc2ff' }, kinds: [{ id: 'result', label: 'Result' }] },
      { id: 'talks', name: 'Talks', shortName: 'Talks', shape: 'square', color: { light: '#6a3fb5', dark: '#c3a6ff' }, kinds: [{ id: 'statement', label: 'Statement' }] },
    ],
    figureGroups: [{ heading: 'Results', kinds: ['result'], chart: 'bars' }],
  });
  const withVocabulary = (v: unknown) => {
    const data = valid() as Record<string, unknown> & { events: { kind: string }[] };
    data.vocabulary = v;
    data.events[0]!.kind = 'result';
    return data;
  };

  it('is optional: without one, the default set\'s kinds are the story\'s', () => {
    expect(problems(valid())).toEqual([]);
  });

  it('accepts a story\'s own kinds, and refuses an event of a kind it does not declare', () => {
    expect(problems(withVocabulary(vocabulary()))).toEqual([]);
    const data = withVocabulary(vocabulary());
    data.events[0]!.kind = 'truce-period';
    expect(problems(data)).toEqual(['events[0].kind: "truce-period" is not a kind of this story (its kinds: result, statement) (event "truce")']);
  });

  it('refuses two lanes of one shape, a kind in two lanes, two lanes of periods and a figure group of unknown kinds', () => {
    const v = vocabulary();
    v.lanes[1]!.shape = 'circle';
    v.lanes[1]!.kinds.push({ id: 'result', label: 'Again' });
    (v.lanes[0] as Record<string, unknown>).periods = true;
    (v.lanes[1] as Record<string, unknown>).periods = true;
    v.figureGroups[0]!.kinds = ['results'];
    const data = withVocabulary(v) as Record<string, unknown> & { events: Record<string, unknown>[] };
    data.events[1]!.end = '2023-11-25';
    expect(problems(data)).toEqual([
      'vocabulary.lanes[1].shape: "circle" is already the shape of lane "count"; each lane needs its own, so its kinds are told apart without colour (shapes: diamond, circle, triangle, square, plus, triangle-down, hexagon, star)',
      'vocabulary.lanes[1].periods: only one lane may hold periods, and lane "count" does',
      'vocabulary.lanes[1].kinds[1].id: kind "result" is already in lane "count"; a kind belongs to one lane',
      'vocabulary.figureGroups[0].kinds[0]: "results" is not a kind of any lane (kinds: result, statement)',
    ]);
  });

  it('refuses a colour that is not #rrggbb, and one without contrast, naming the lane, its kinds, the colour and the scheme', () => {
    const v = vocabulary();
    v.lanes[0]!.color = { light: 'blue', dark: '#8cc2ff' };
    expect(problems(withVocabulary(v))).toEqual([
      'vocabulary.lanes[0].color.light: expected a colour as #rrggbb',
    ]);
    v.lanes[0]!.color = { light: '#0b5cad', dark: '#333333' };
    const [message, ...rest] = problems(withVocabulary(v));
    expect(rest).toEqual([]);
    expect(message).toMatch(/^vocabulary\.lanes\[0\]\.color\.dark: #333333, lane "count"'s colour \(kinds "result"\) in the dark scheme, has too little contrast: 1\.\d:1 for marks on the page \(#121417\) \(needs 3:1\); /);
  });

  it('holds a lane of periods to the band checks too (edge, hatch, and the text laid over a band at 4.5:1)', () => {
    const v = vocabulary();
    // Enough for marks; as a band's hatch, drawn at 0.8 over its own faint ground, not.
    v.lanes[0]!.color = { light: '#be37fa', dark: '#8cc2ff' };
    expect(problems(withVocabulary(v))).toEqual([]);
    (v.lanes[0] as Record<string, unknown>).periods = true;
    const data = withVocabulary(v);
    (data.events[0] as Record<string, unknown>).end = '2023-11-27';
    expect(problems(data)).toEqual([
      expect.stringMatching(/^vocabulary\.lanes\[0\]\.color\.light: #be37fa, lane "count"'s colour \(kinds "result"\) in the light scheme, has too little contrast: 2\.\d:1 for the hatch of a period band on its ground \(needs 3:1\)$/),
    ]);
  });
});

