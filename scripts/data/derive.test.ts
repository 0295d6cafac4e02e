import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AuthoringSchema, type Authoring, type AuthoredEvent } from './authoring';
import { derive } from './derive';
import { readYaml } from './yamlFile';

const seed = [
  'A Short Story Headline',
  '',
  'The ceasefire began on March 3 and lasted four days. Officials met again.',
  '',
  'Officials met again. Twelve people were released, and 2 were hurt.',
  '',
].join('\n');

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function authoringFile(path: URL): Authoring {
  const read = readYaml(readFileSync(path, 'utf8'), path.pathname);
  if (!read.ok) throw new Error(read.messages.join('\n'));
  return AuthoringSchema.parse(read.data);
}

function event(overrides: Partial<AuthoredEvent> = {}): AuthoredEvent {
  return {
    id: 'ceasefire',
    kind: 'truce-period',
    title: 'Ceasefire',
    start: '2024-03-03',
    end: '2024-03-06',
    dateBasis: 'inferred',
    dateNote: 'The year is inferred.',
    figures: [],
    quotes: ['The ceasefire began on March 3 and lasted four days.'],
    ...overrides,
  };
}

function authoring(events: AuthoredEvent[], story: Authoring['story'] = {}): Authoring {
  return { seed: 'story.txt', story, events };
}

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

  it('names the event, the field and the quote when a quote is missing', () => {
    const result = derive(seed, 's.txt', authoring([event({ id: 'talks', quotes: ['Nobody said this.'] })]));
    expect(result.timeline).toBeNull();
    expect(result.errors).toEqual(['events[0].quotes[0]: quote not found in the article: "Nobody said this." (event "talks")']);
  });

  it('rejects a figure that none of its quotes states, naming what they do state', () => {
    const result = derive(seed, 's.txt', authoring([event({ figures: [{ value: 5, unit: 'days', label: 'ceasefire' }] })]));
    expect(result.errors).toEqual(['events[0].figures[0]: figure 5 days (ceasefire) is not stated in any of its quotes (they state "four") (event "ceasefire")']);
  });

  it('names the event and both dates when the end comes before the start', () => {
    const result = derive(seed, 's.txt', authoring([event({ id: 'hospital-stay', start: '2024-03-10', end: '2024-03-03' })]));
    expect(result.errors).toEqual(['events[0].end: the end (2024-03-03) comes before the start (2024-03-10) (event "hospital-stay")']);
  });

  it('reports schema problems with the event named', () => {
    const result = derive(seed, 's.txt', authoring([event({ dateNote: undefined })]));
    expect(result.errors).toEqual(['events[0].dateNote: an inferred date needs a note saying how it was inferred (event "ceasefire")']);
  });
});

describe('the story’s language', () => {
  it('is carried into the data in its canonical form, and left out when the story declares none', () => {
    const declared = derive(seed, 's.txt', authoring([event()], { lang: 'pt-br' }));
    expect(declared.errors).toEqual([]);
    expect(declared.timeline?.story.lang).toBe('pt-BR');
    expect(derive(seed, 's.txt', authoring([event()])).timeline?.story).not.toHaveProperty('lang');
  });

  it('must be a BCP 47 tag: the authoring file says so, naming the key', () => {
    const parsed = AuthoringSchema.safeParse({ seed: 'story.txt', story: { lang: 'English' }, events: [event()] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(['story.lang: expected a BCP 47 language tag such as en, ar, he, fr or pt-BR']);
    expect(AuthoringSchema.safeParse({ seed: 'story.txt', story: { lang: 'ar' }, events: [event()] }).success).toBe(true);
  });
});

describe('an article not in English', () => {
  const arabic = ['هدنة في غزة', '', 'أفرجت حماس عن ١٣ رهينة يوم الجمعة، وأُطلق سراح ٣٩ أسيرًا فلسطينيًّا.', ''].join('\n');
  const exchange = (overrides: Partial<AuthoredEvent> = {}): AuthoredEvent =>
    event({
      id: 'first-exchange',
      kind: 'exchange',
      title: 'First exchange',
      start: '2023-11-24',
      end: undefined,
      dateNote: 'The article says Friday; the truce began on Friday 24 November.',
      quotes: ['أفرجت حماس عن ١٣ رهينة يوم الجمعة'],
      figures: [{ value: 13, unit: 'رهينة', label: 'أفرج عنهم' }],
      ...overrides,
    });

  it('derives verbatim quotes and figures stated in its own digits, with offsets into the article', () => {
    const result = derive(arabic, 's.txt', authoring([exchange()], { lang: 'ar' }));
    expect(result.errors).toEqual([]);
    const [derived] = result.timeline?.events ?? [];
    const quote = derived?.quotes[0];
    expect(quote && arabic.slice(quote.start, quote.end)).toBe('أفرجت حماس عن ١٣ رهينة يوم الجمعة');
    const stated = derived?.figures[0]?.stated;
    expect(stated && derived?.quotes[stated.quote] && derived.quotes[stated.quote]!.text.slice(stated.start, stated.end)).toBe('١٣');
    expect(result.timeline?.story.headlines).toEqual(['هدنة في غزة']);
  });

  it('says what it cannot read in that language when a check finds nothing', () => {
    const result = derive(arabic, 's.txt', authoring([exchange({ figures: [{ value: 39, unit: 'أسيرًا', label: 'أطلق سراحهم' }], dateBasis: 'stated', dateNote: undefined })], { lang: 'ar' }));
    expect(result.errors).toEqual([
      'events[0].figures[0]: figure 39 أسيرًا (أطلق سراحهم) is not stated in any of its quotes (they state "١٣"); numbers are read in digits of any script, but number words only in English, so a number this Arabic article writes in words is not seen: quote words that give it in digits, or leave the figure out (event "first-exchange")',
      'events[0].start: 2023-11-24 is marked stated, but its quotes state no date (a weekday or "yesterday" needs the article\'s date, story.date); quote the words that state it, or mark the date inferred with a dateNote; dates are read only when written in English, so a date this Arabic article writes is not seen: mark it inferred and say in dateNote which words give it (event "first-exchange")',
    ]);
  });
});

describe('headlines', () => {
  it('are the lines before the first blank line unless declared, and the derivation says which', () => {
    const result = derive(seed, 's.txt', authoring([event()]));
    expect(result.notes).toEqual(['headlines: the lines before the first blank line ("A Short Story Headline"); declare story.headlines to say otherwise']);
  });

  it('must be the article’s leading lines when declared', () => {
    const result = derive(seed, 's.txt', authoring([event()], { headlines: ['A Short Story Headline', 'A second line'] }));
    expect(result.errors).toEqual(['story.headlines[1]: "A second line" is not the article\'s line 2 ("The ceasefire began on March 3 and lasted four days. Officials met again.")']);
  });
});

describe('the issue’s examples, on articles written for these tests', () => {
  it('shows a time in its declared zone and keeps the offset optional', () => {
    const result = derive(fixture('times.txt'), 'times.txt', authoringFile(new URL('./fixtures/times.events.yaml', import.meta.url)));
    expect(result.errors).toEqual([]);
    expect(result.uncovered).toEqual([]);
    const story = result.timeline?.story;
    expect(story && { timeZone: story.timeZone, timeZoneName: story.timeZoneName }).toEqual({ timeZone: 'Asia/Bangkok', timeZoneName: 'ICT' });
    expect(result.timeline?.events.find((e) => e.id === 'divers-enter')?.start).toBe('2018-07-10T10:00+07:00');
    expect(result.timeline?.events.find((e) => e.id === 'trapped')?.dateNote).toBe(
      'The article says “June 23”; the year, 2018, is the article\'s own (it is dated 10 July 2018).',
    );
  });

  it('reads an article exported with a byte-order mark and CRLF line ends as its plain twin: same headlines, events, dates and figures, every quote at its words', () => {
    const plain = fixture('times.txt');
    const exported = `\uFEFF${plain.replace(/\n/g, '\r\n')}`;
    const file = authoringFile(new URL('./fixtures/times.events.yaml', import.meta.url));
    const twin = derive(plain, 'times.txt', file);
    const result = derive(exported, 'times.txt', file);
    expect(result.errors).toEqual([]);
    expect(result.uncovered).toEqual([]);
    const timeline = result.timeline!;
    expect(timeline.story.headlines).toEqual(twin.timeline?.story.headlines);
    expect(timeline.story.headlines[0]).not.toMatch(/^\uFEFF|\r/);
    for (const event of timeline.events) for (const quote of event.quotes) expect(exported.slice(quote.start, quote.end)).toBe(quote.text);
    // Only where the words are differs: the extra characters before them.
    const facts = (events: typeof timeline.events) => events.map(({ quotes, ...event }) => ({ ...event, quotes: quotes.map((quote) => quote.text) }));
    expect(facts(timeline.events)).toEqual(facts(twin.timeline!.events));
  });

  it('refuses a stated date the quote contradicts', () => {
    const file = authoringFile(new URL('./fixtures/times.events.yaml', import.meta.url));
    const trapped = file.events.find((e) => e.id === 'trapped')!;
    trapped.start = '2018-06-24';
    const result = derive(fixture('times.txt'), 'times.txt', file);
    expect(result.errors).toEqual(['events[2].start: 2018-06-24 is not the date its quotes state: they say "June 23" (2018-06-23), "on Tuesday, July 10" (2018-07-10) (event "trapped")']);
  });

  it('refuses a time of day without a zone', () => {
    const file = authoringFile(new URL('./fixtures/times.events.yaml', import.meta.url));
    delete file.story.timeZone;
    const result = derive(fixture('times.txt'), 'times.txt', file);
    expect(result.errors[0]).toMatch(/^events\[0\]\.start: "2018-07-10T10:00" is a time of day with no zone: declare the story's time zone .*\(event "divers-enter"\)$/);
  });

  it('checks qualifiers both ways', () => {
    const text = fixture('curly-quotes.txt');
    const age = derive(text, 'c.txt', authoring([event({ id: 'sentence', kind: 'statement', end: undefined, quotes: ['the 25-year-old told the court'], figures: [{ value: 25, unit: 'years', label: 'age', qualifier: 'nearly' }] })]));
    expect(age.errors).toEqual(['events[0].figures[0]: figure 25 years (age): qualifier "nearly" is not next to the number in its quotes, which say "the 25-year-old told the…" (event "sentence")']);
    const times = fixture('times.txt');
    const hours = derive(times, 't.txt', authoring([event({ id: 'op', kind: 'humanitarian', start: '2018-07-10', end: undefined, quotes: ['The operation took about 11 hours.'], figures: [{ value: 11, unit: 'hours', label: 'of work' }] })]));
    expect(hours.errors).toEqual(['events[0].figures[0]: figure 11 hours (of work): the quote says "…operation took about 11 hours."; add qualifier: about (the figure must carry the article\'s hedge) (event "op")']);
  });

  it('accepts large numbers, currencies and a week as newsrooms write them', () => {
    const text = fixture('large-numbers.txt');
    const result = derive(text, 'l.txt', authoring([
      event({
        id: 'blackout',
        kind: 'humanitarian',
        start: '2018-07-10',
        end: undefined,
        quotes: ['The storm left 1.1 million people without power and damaged 3.4 million homes', 'It agreed to pay $1.7 billion, or 3.4 percent of its revenue, to 1.1M customers.', 'Half of that goes to a dozen counties.', 'Crews worked for a week.'],
        figures: [
          { value: 1_100_000, unit: 'people', label: 'without power' },
          { value: 3_400_000, unit: 'homes', label: 'damaged' },
          { value: 1_700_000_000, unit: 'US dollars', label: 'to pay' },
          { value: 3.4, unit: '%', label: 'of revenue' },
          { value: 1_100_000, unit: 'customers', label: 'paid' },
          { value: 12, unit: 'counties', label: 'paid' },
          { value: 7, unit: 'days', label: 'of work' },
        ],
      }),
    ]));
    expect(result.errors).toEqual([]);
  });

  it('shows the article’s passage for a quote with straight quote marks where it has curly ones, and nothing more', () => {
    const text = fixture('curly-quotes.txt');
    const result = derive(text, 'c.txt', authoring([event({ id: 'apology', kind: 'statement', end: undefined, quotes: ['"I am sorry for what I did," the 25-year-old told the court'], figures: [{ value: 25, unit: 'years', label: 'age' }] })]));
    expect(result.errors).toEqual([
      'events[0].quotes[0]: quote not found verbatim: ""I am sorry for what I did," the 25-year-old told the court"; the article has, at 33–92, differing only in quote marks: "“I am sorry for what I did,” the 25-year-old told the court" (event "apology")',
    ]);
  });
});

describe('the truce story', () => {
  it('derives without an error and with every dated sentence quoted', () => {
    const file = authoringFile(new URL('../../seeds/gaza-truce.events.yaml', import.meta.url));
    const text = readFileSync(new URL('../../seeds/000_126b9c83ffb51b79.txt', import.meta.url), 'utf8');
    const result = derive(text, 'seeds/000_126b9c83ffb51b79.txt', file);
    expect(result.errors).toEqual([]);
    expect(result.uncovered).toEqual([]);
    expect(result.timeline?.story.headlines).toHaveLength(3);
  });

  it('records the words that state each figure, which the app points at', () => {
    const file = authoringFile(new URL('../../seeds/gaza-truce.events.yaml', import.meta.url));
    const text = readFileSync(new URL('../../seeds/000_126b9c83ffb51b79.txt', import.meta.url), 'utf8');
    const events = derive(text, 'seeds/000_126b9c83ffb51b79.txt', file).timeline?.events ?? [];
    const words = events.flatMap((e) => e.figures.map((f) => (f.stated ? e.quotes[f.stated.quote]?.text.slice(f.stated.start, f.stated.end) : null)));
    expect(words).toEqual(['four', '80', '240', 'three', 'eight', '30', '23', 'seven', '240', 'three']);
  });
});

describe('a story\'s own vocabulary', () => {
  const lanes = (extra: Record<string, unknown> = {}) => ({
    lanes: [
      { id: 'count', name: 'The count', shortName: 'Count', kinds: [{ id: 'result', label: 'Result' }], ...extra },
      { id: 'talks', name: 'Talks', kinds: [{ id: 'meeting', label: 'Meeting' }] },
    ],
  });
  const released = event({ id: 'release', kind: 'result', end: undefined, start: '2024-03-03', dateBasis: 'inferred', quotes: ['Twelve people were released'], figures: [{ value: 12, unit: 'people', label: 'released' }] });

  it('gives lanes without a shape or colour the next free ones, and every figure a place under "Figures"', () => {
    const result = derive(seed, 's.txt', { ...authoring([released]), vocabulary: AuthoringSchema.shape.vocabulary.parse(lanes({ shape: 'circle' })) });
    expect(result.errors).toEqual([]);
    const vocabulary = result.timeline?.vocabulary;
    expect(vocabulary?.lanes.map((lane) => [lane.id, lane.shortName, lane.shape, lane.color.light])).toEqual([
      ['count', 'Count', 'circle', '#0b5cad'],
      ['talks', 'Talks', 'diamond', '#a35200'],
    ]);
    expect(vocabulary?.figureGroups).toEqual([{ heading: 'Figures', kinds: ['result', 'meeting'], chart: 'numbers' }]);
  });

  it('uses the default set when it declares none, and writes it out', () => {
    const result = derive(seed, 's.txt', authoring([event()]));
    expect(result.timeline?.vocabulary?.lanes.map((lane) => lane.id)).toEqual(['periods', 'exchanges', 'violence', 'diplomacy', 'humanitarian']);
  });

  it('names an event of a kind the story does not have, with its kinds and the one probably meant', () => {
    const result = derive(seed, 's.txt', { ...authoring([{ ...released, kind: 'results' }]), vocabulary: AuthoringSchema.shape.vocabulary.parse(lanes()) });
    expect(result.errors).toEqual(['events[0].kind: "results" is not one of the story\'s kinds: result, meeting; did you mean "result"? (event "release")']);
    const defaults = derive(seed, 's.txt', authoring([event({ kind: 'truce' })]));
    expect(defaults.errors[0]).toMatch(/^events\[0\]\.kind: "truce" is not one of the default kinds \(declare `vocabulary:` for kinds of its own\): truce-period, .*; did you mean "truce-period"\? \(event "ceasefire"\)$/);
  });

  it('refuses a colour without contrast, naming the lane, its kinds, the colour, the scheme and what falls short', () => {
    const pale = lanes({ color: { light: '#9ec5f0', dark: '#8cc2ff' } });
    const result = derive(seed, 's.txt', { ...authoring([released]), vocabulary: AuthoringSchema.shape.vocabulary.parse(pale) });
    expect(result.timeline).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^vocabulary\.lanes\[0\]\.color\.light: #9ec5f0, lane "count"'s colour \(kinds "result"\) in the light scheme, has too little contrast: 1\.\d:1 for marks on the page \(#ffffff\) \(needs 3:1\); /);
    const dark = lanes({ color: { light: '#0b5cad', dark: '#1b3d66' } });
    expect(derive(seed, 's.txt', { ...authoring([released]), vocabulary: AuthoringSchema.shape.vocabulary.parse(dark) }).errors[0]).toMatch(/^vocabulary\.lanes\[0\]\.color\.dark: #1b3d66, .* in the dark scheme, has too little contrast: /);
  });

  it('requires an end on an event of a lane of periods', () => {
    const periods = { lanes: [{ id: 'truce', name: 'Truce', periods: true, kinds: [{ id: 'ceasefire', label: 'Ceasefire' }] }] };
    const result = derive(seed, 's.txt', { ...authoring([event({ kind: 'ceasefire', end: undefined })]), vocabulary: AuthoringSchema.shape.vocabulary.parse(periods) });
    expect(result.errors).toEqual(['events[0].end: missing: a "Ceasefire" is a period, drawn as a band across the chart, so it needs an end (event "ceasefire")']);
  });
});

