import { describe, expect, it } from 'vitest';
import { AuthoringSchema } from '../data/authoring.ts';
import { derive } from '../data/derive.ts';
import { findArticleDate } from './articleDate.ts';
import { draftTimeline, idFor, titleOf } from './draft.ts';
import { findTemporal } from './temporal.ts';

const ARTICLE = [
  'Storm closes the coast road',
  '',
  'Saturday, February 15, 2014',
  '',
  'Two people have died in storms that battered the coast last night. The vessel sailed from Tilbury on January 5.',
  '',
  'About 300 homes lost power. Engineers said work would resume on Monday.',
  '',
  'The council thanked the volunteers.',
  '',
].join('\n');

/** The draft of an article made of a headline, its dateline and paragraphs; its proposals by the words their quote starts with. */
async function drafted(dateline: string, paragraphs: readonly string[]) {
  const article = ['A story', '', dateline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const draft = await draftTimeline(article);
  const quoted = (p: { span: { start: number; end: number } }) => article.slice(p.span.start, p.span.end);
  return { draft, quoted, startingWith: (words: string) => draft.proposals.find((p) => quoted(p).startsWith(words))?.event };
}

describe('the automatic draft', () => {
  it('reads the article’s date from its dateline and says so', async () => {
    const draft = await draftTimeline(ARTICLE);
    expect(draft.story).toEqual({ date: '2014-02-15', dateBasis: 'stated', dateNote: 'The article is dated “Saturday, February 15, 2014” (Saturday 15 February 2014).', found: 'Saturday, February 15, 2014' });
  });

  it('proposes the clauses that state a date or a figure, or tell of something done, each quoting the article’s words', async () => {
    const draft = await draftTimeline(ARTICLE);
    expect(draft.proposals.map((p) => ARTICLE.slice(p.span.start, p.span.end))).toEqual([
      'Two people have died in storms that battered the coast last night.',
      'The vessel sailed from Tilbury on January 5.',
      'About 300 homes lost power.',
      'Engineers said work would resume on Monday.',
      'The council thanked the volunteers.',
    ]);
    for (const p of draft.proposals) expect(p.event.quotes).toEqual([ARTICLE.slice(p.span.start, p.span.end)]);
  });

  it('proposes a clause with no date or number of its own that tells of something done, dated by the account it continues, saying why', async () => {
    const draft = await draftTimeline(ARTICLE);
    const deed = draft.proposals.find((p) => ARTICLE.slice(p.span.start, p.span.end) === 'The council thanked the volunteers.');
    expect(deed?.event).toMatchObject({ start: '2014-02-14', dateBasis: 'inferred' });
    expect(deed?.reasons[0]).toBe('A deed: the clause states no date or number of its own, but tells of something done (“thanked”).');
  });

  it('dates "He also announced …" by the report told before it in its paragraph, not by the event that report speaks of', async () => {
    const { startingWith } = await drafted('Friday, May 5, 2006', [
      'The accident occurred Thursday at about 2:45 a.m.',
      'Today, Kennedy said, "Apparently, I was disoriented from the medication." He also announced that he is checking himself into the Mayo Clinic.',
      'Last Christmas, Kennedy spent time at the clinic.',
      'Kennedy was not injured.',
    ]);
    expect(startingWith('He also announced')).toMatchObject({ start: '2006-05-05', dateBasis: 'inferred' });
    expect(startingWith('He also announced')?.dateNote).toBe('The sentence gives no date of its own; it goes on with the report of “Today” (Friday 5 May 2006).');
    // After a background date, the news goes on: the accident's, not the day of Kennedy's statement.
    expect(startingWith('Kennedy was not injured')).toMatchObject({ start: '2006-05-04' });
  });

  it('dates what a report says happened before it by the account before, but words quoted as said on the day they were said', async () => {
    const { startingWith } = await drafted('Tuesday, December 30, 2014', [
      'The flight vanished from radar screens early on Sunday morning.',
      'AirNav yesterday said the aircraft was given permission to climb. The crew next turned left. Today, his father said, "He was trained for this."',
      'The co-pilot flew the plane.',
    ]);
    expect(startingWith('AirNav yesterday said')).toMatchObject({ start: '2014-12-28' });
    expect(startingWith('AirNav yesterday said')?.dateNote).toMatch(/^“yesterday” is when it was said; what was said happened before/);
    expect(startingWith('Today, his father')).toMatchObject({ start: '2014-12-30' });
    // "next" follows what the report told; a clause after a report goes on with the events, not with the day of the telling.
    expect(startingWith('The crew next turned')).toMatchObject({ start: '2014-12-28' });
    expect(startingWith('The co-pilot flew')).toMatchObject({ start: '2014-12-28' });
  });

  it('dates the sentence after a year by it when that sentence tells of the past, but not a statement', async () => {
    const { startingWith } = await drafted('Thursday, March 17, 2022', [
      'A magnitude 7.4 earthquake struck off Fukushima on Wednesday.',
      'The plant was wrecked by a tsunami in 2011. Waves flooded its reactors. A tsunami hit the plant in 2011. Kishida said "no abnormalities" had been reported.',
    ]);
    expect(startingWith('Waves flooded its reactors')).toMatchObject({ start: '2011-01-01', end: '2011-12-31' });
    expect(startingWith('Kishida said')).toMatchObject({ start: '2022-03-16' });
    // A day the paragraph has given dates its account before a month the sentence before names.
    const albania = await drafted('Monday, September 12, 2022', ['On Saturday the ministry blamed Iran for an attack on Friday evening. The attack comes days after one in July. The statement also said the authorities had closed the border software.']);
    expect(albania.startingWith('The statement also said')).toMatchObject({ start: '2022-09-10' });
  });

  /** Clauses dated as news is read, each case a rule: the article's dateline, its paragraphs, and the day the clause starting with the words given is dated. */
  const NEWS_DATES: { rule: string; dateline: string; paragraphs: string[]; dated: [startingWith: string, start: string][] }[] = [
    {
      rule: 'a day used as a name dates nothing; a planned day is to come',
      dateline: 'Sunday, June 11, 2023',
      paragraphs: ['A federal grand jury indicted Trump on Thursday.', 'Smith filed the charges; Garland appointed Smith to investigate the January 6 US Capitol attack. His lawyer said Trump planned to attend a Tuesday court hearing.'],
      dated: [['Smith filed the charges', '2023-06-08'], ['His lawyer said', '2023-06-13']],
    },
    {
      rule: 'a day after the article’s dates nothing after it, in whatever tense it is told',
      dateline: 'Monday, April 24, 2023',
      paragraphs: ['The wreck was found on Saturday.', 'The Foundation was considering commemorative events for July 1. "This brings to an end a tragic chapter," Marles said.'],
      dated: [['The Foundation was considering', '2023-07-01'], ['"This brings', '2023-04-22']],
    },
    {
      rule: '"the United States" is a place, not a report',
      dateline: 'Saturday, April 22, 2023',
      paragraphs: ['A court sentenced him on Monday.', 'A speech he delivered in Arizona, United States in March 2022 was involved in the charges.'],
      dated: [['A speech he delivered', '2022-03-01']],
    },
    {
      rule: 'a speaker’s "will" is theirs: the statement continues the account it follows',
      dateline: 'Tuesday, March 21, 2023',
      paragraphs: ['The Record of Decision was issued on October 26, 2020. Secretary David Bernhardt said then: "This decision will make a significant contribution."'],
      dated: [['Secretary David Bernhardt', '2020-10-26']],
    },
    {
      rule: 'nor does it make the day the article gives them speaking one to come',
      dateline: 'Friday, April 14, 2023',
      paragraphs: ['On Wednesday, Zelenskyy commented on the videos: "There will be legal responsibility for everything."'],
      dated: [['On Wednesday', '2023-04-12']],
    },
    {
      rule: 'a day that opens a clause dates it, even beside a date more precise',
      dateline: 'Monday, September 12, 2022',
      paragraphs: ['On Wednesday the prime minister accused Iran of directing the attack on July 15.'],
      dated: [['On Wednesday', '2022-09-07']],
    },
  ];

  it('dates clauses as news is read, rule by rule', async () => {
    for (const { rule, dateline, paragraphs, dated } of NEWS_DATES) {
      const { startingWith } = await drafted(dateline, paragraphs);
      for (const [words, start] of dated) expect(startingWith(words)?.start, `${rule}: “${words}”`).toBe(start);
    }
  });

  it('proposes the other moment a clause names as well, from the same words, saying so', async () => {
    const { draft, quoted } = await drafted('Monday, September 12, 2022', ['On Wednesday the prime minister accused Iran of directing the attack on July 15.']);
    expect(draft.proposals.map((p) => [quoted(p), p.event.start, p.reasons[0]?.slice(0, 38)])).toEqual([
      ['On Wednesday the prime minister accused Iran of directing the attack on July 15.', '2022-09-07', '“Wednesday”, in an article dated Monda'],
      ['On Wednesday the prime minister accused Iran of directing the attack on July 15.', '2022-07-15', 'The clause names another moment too: T'],
    ]);
    expect(new Set(draft.proposals.map((p) => p.event.id)).size).toBe(2);
  });

  it('dates a statement told in the present of what stands now as of the article’s date', async () => {
    const { startingWith } = await drafted('Tuesday, March 31, 2009', [
      'A boat capsized off Libya on Sunday.',
      'Officials say that search efforts are ongoing. Police say the boat was overloaded.',
    ]);
    expect(startingWith('Officials say')).toMatchObject({ start: '2009-03-31' });
    expect(startingWith('Officials say')?.dateNote).toBe('A statement told in the present of what stands now: as of the article’s date, Tuesday 31 March 2009.');
    // What was so before is the account's: the day it continues.
    expect(startingWith('Police say')).toMatchObject({ start: '2009-03-29' });
  });

  it('cuts a sentence the splitter ran on past a unit’s full stop', async () => {
    const { draft, quoted } = await drafted('Wednesday, October 10, 2018', ['The report was released on Monday. Coral reefs would be lost at 2ºC. According to the report, emissions rose by 5%.']);
    expect(draft.proposals.map(quoted)).toContain('According to the report, emissions rose by 5%.');
  });

  it('reads a date after what was said has begun as the date of what was said, and others killed as an event of their own', async () => {
    const { startingWith } = await drafted('Tuesday, January 17, 2017', [
      'At least 60 inmates were killed in riots on January 1–2.',
      'The prison chief said an explosion on Sunday broke a wall of a prison, prompting at least 21 inmates to escape. He also reported that two other inmates were killed by police during their escape attempt.',
    ]);
    // "said an explosion on Sunday": Sunday dates the explosion; what happened in it is told on that day.
    expect(startingWith('The prison chief said')).toMatchObject({ start: '2017-01-15' });
    // Not the killings of 1–2 January, which the article dated first.
    expect(startingWith('He also reported')).toMatchObject({ start: '2017-01-15' });
    expect(startingWith('He also reported')?.dateNote).toMatch(/continues the account of “on Sunday”/);
  });

  it('dates a sentence about the figures of the one before by that one’s year', async () => {
    const { startingWith } = await drafted('Tuesday, March 31, 2009', [
      'A boat sank on Sunday off the coast of Libya.',
      'Almost 37,000 immigrants are considered to have entered Italy by sea in 2008. The figures are a 75% increase from the previous year.',
    ]);
    expect(startingWith('The figures')).toMatchObject({ start: '2008-01-01', end: '2008-12-31', dateBasis: 'inferred' });
  });

  it('proposes a statement by someone named, by a pronoun for them, or by the police, saying so', async () => {
    const { draft, quoted } = await drafted('Monday, January 13, 2020', [
      'On Saturday morning, Iran acknowledged it had shot down a passenger jet.',
      'Iranian President Hassan Rouhani said, "Iran deeply regrets this disastrous mistake." Some said nothing. In a statement, Zelenskyy said he expects an apology. Police say the pilots were tired.',
      'Zelenskyy said the families deserve answers. He claimed the crew had been warned. It said nothing new. Reports say the radar was off. Witnesses near the airport reported a flash.',
      '"This brings to an end a tragic chapter," Marles said. "I am still in shock," said nurse Ivonne Lugo. He continued: "We need to check this footage." "It was a nightmare."',
      'During the speech, he told lawmakers the war was a crime.',
    ]);
    const statements = draft.proposals.filter((p) => p.reasons[0]?.startsWith('A statement'));
    expect(statements.map(quoted)).toEqual([
      'Iranian President Hassan Rouhani said, "Iran deeply regrets this disastrous mistake."',
      'In a statement, Zelenskyy said he expects an apology.',
      'Police say the pilots were tired.',
      'Zelenskyy said the families deserve answers.',
      'He claimed the crew had been warned.',
      'Witnesses near the airport reported a flash.',
      '"This brings to an end a tragic chapter," Marles said.',
      '"I am still in shock," said nurse Ivonne Lugo.',
      'He continued: "We need to check this footage."',
      'During the speech, he told lawmakers the war was a crime.',
    ]);
    expect(draft.proposals.map(quoted)).not.toContain('Some said nothing.');
    expect(statements[0]?.reasons[0]).toBe('A statement: the clause states no date or number of its own, but tells what was said (“said”) by someone named or whose word is news.');
    // Dated by the account it continues.
    expect(statements[0]?.event.start).toBe('2020-01-11');
  });

  it('tells a deed from a statement: "the police report" is no one saying it', async () => {
    const { draft, quoted } = await drafted('Friday, May 5, 2006', [
      'The accident occurred Thursday at about 2:45 a.m.',
      'According to the police report, Kennedy drove his car into a security barrier. Police said his eyes were red.',
    ]);
    expect(draft.proposals.map((p) => [quoted(p), p.reasons[0]?.slice(0, 12)])).toEqual([
      ['The accident occurred Thursday at about 2:45 a.m.', '“Thursday”, '],
      ['According to the police report, Kennedy drove his car into a security barrier.', 'A deed: the '],
      ['Police said his eyes were red.', 'A statement:'],
    ]);
  });

  it('proposes no deed told in the negative, in quotation marks, by a verb of saying or as a state', async () => {
    const { draft, quoted } = await drafted('Monday, March 4, 2019', [
      'On Sunday, a bus overturned near the border.',
      'Investigators have not said what caused the crash. "We reached the bus quickly," a medic said. Police described the scene. Roads have been closed. The depot is based in Kyiv.',
      'The driver fled the scene.',
    ]);
    expect(draft.proposals.filter((p) => p.reasons[0]?.startsWith('A deed:')).map(quoted)).toEqual(['The driver fled the scene.']);
    // A deed told in the present perfect is one; asking a court is not only words.
    const perfect = await drafted('Monday, March 4, 2019', [
      'On Sunday, a bus overturned near the border.',
      'Officials have since revised the toll. The minister asked the court to investigate. Reporters were not allowed into the courtroom. The agency has referred the case to the court and said the brakes were not faulty.',
    ]);
    // A "not" elsewhere in the clause leaves its deed a deed.
    expect(perfect.draft.proposals.filter((p) => p.reasons[0]?.startsWith('A deed:')).map(perfect.quoted)).toEqual([
      'Officials have since revised the toll.',
      'The minister asked the court to investigate.',
      'The agency has referred the case to the court and said the brakes were not faulty.',
    ]);
    // "Police described the scene" is told by a verb of saying; the medic's words are a statement, "Roads have been closed" an event ("closed").
    expect(draft.proposals.map((p) => [quoted(p), p.reasons[0]?.slice(0, 12)])).toEqual([
      ['On Sunday, a bus overturned near the border.', '“Sunday”, in'],
      ['"We reached the bus quickly," a medic said.', 'A statement:'],
      ['Roads have been closed.', 'The sentence'],
      ['The driver fled the scene.', 'A deed: the '],
    ]);
  });

  it('marks a date stated only when the words state the day, and explains every other', async () => {
    const [storms, sailed, homes] = (await draftTimeline(ARTICLE)).proposals;
    expect(storms?.event).toMatchObject({ start: '2014-02-14', dateBasis: 'inferred', dateNote: '“last night” is the day before the article’s date (Saturday 15 February 2014): Friday 14 February 2014.' });
    expect(sailed?.event).toMatchObject({ start: '2014-01-05', dateBasis: 'stated' });
    // The pipeline's own note: the year is the article's.
    expect(sailed?.event.dateNote).toBe('The article says “January 5”; the year, 2014, is the article\'s own (it is dated 15 February 2014).');
    // The hedge as the pipeline reads it (case folded); the date of the news before it, said so: January 5,
    // weeks before the article, is the background of the paragraph before, which this one does not continue.
    expect(homes?.event).toMatchObject({ start: '2014-02-14', dateBasis: 'inferred', figures: [{ value: 300, unit: 'homes', qualifier: 'about' }] });
    expect(homes?.event.dateNote).toBe('The sentence gives no date of its own; it continues the account of “last night” (Friday 14 February 2014).');
  });

  it('continues the news, not its background, in a later paragraph without a date of its own', async () => {
    const article = 'Probe lands on Mars\n\nThursday, November 29, 2018\n\nOn Monday, the probe landed on Mars.\n\nThe probe was launched on May 5 of this year and flew 300 million miles.\n\nIts landing spot is about 600 km from the rover.\n';
    const draft = await draftTimeline(article);
    const at = (words: string) => draft.proposals.find((p) => article.slice(p.span.start, p.span.end).includes(words))?.event;
    expect(at('launched on May 5')?.start).toBe('2018-05-05');
    // May 5 is months before the article: background, which the next paragraph does not continue.
    expect(at('600 km')).toMatchObject({ start: '2018-11-26', dateBasis: 'inferred' });
    expect(at('600 km')?.dateNote).toMatch(/continues the account of “Monday”/);
  });

  it('proposes a changed state or a plan though it states no date or figure, on the day of the account it continues', async () => {
    const article = 'Probe lands on Mars\n\nThursday, November 29, 2018\n\nOn Monday, the probe landed on Mars. Its solar panels are now open. The probe is expected to begin its mission in a few months. It is red.\n';
    const draft = await draftTimeline(article);
    const quoted = draft.proposals.map((p) => article.slice(p.span.start, p.span.end));
    expect(quoted).toEqual(['On Monday, the probe landed on Mars.', 'Its solar panels are now open.', 'The probe is expected to begin its mission in a few months.']);
    expect(draft.proposals[1]?.event).toMatchObject({ start: '2018-11-26', dateBasis: 'inferred' });
  });

  it('gives an event the toll the next sentence counts, as one event with both quotes', async () => {
    const article = 'Blasts in the city\n\nFriday, January 4, 2019\n\nOn Monday night another explosion hit a minibus in the city. Officials said three people died; their names were not given.\n';
    const draft = await draftTimeline(article);
    expect(draft.proposals).toHaveLength(1);
    expect(draft.proposals[0]?.event).toMatchObject({ start: '2018-12-31', figures: [{ value: 3 }] });
    expect(draft.proposals[0]?.event.quotes).toEqual(['On Monday night another explosion hit a minibus in the city.', 'Officials said three people died; their names were not given.']);
  });

  it('places what is to come after the article’s date', async () => {
    const [, , , engineers] = (await draftTimeline(ARTICLE)).proposals;
    expect(engineers?.event.start).toBe('2014-02-17');
  });

  it('gives every undated proposal the article’s date, marked and explained, when nothing before dates it', async () => {
    const draft = await draftTimeline('Headline\n\nMonday, 3 March 2025\n\nAbout 40 people were injured.\n');
    expect(draft.proposals[0]?.event).toMatchObject({ start: '2025-03-03', dateBasis: 'inferred', dateNote: 'The article gives no date for this; it takes the article’s date, Monday 3 March 2025.' });
  });

  it('says it cannot place relative dates without the article’s date, and leaves them undated', async () => {
    const draft = await draftTimeline('Headline\n\nThe bridge collapsed on Sunday, killing 12 people.\n');
    expect(draft.story.found).toBeNull();
    expect(draft.notes[0]).toMatch(/No date for the article was found/);
    expect(draft.proposals[0]?.event.start).toBe('');
    const given = await draftTimeline('Headline\n\nThe bridge collapsed on Sunday, killing 12 people.\n', { articleDate: '2025-03-05' });
    expect(given.proposals[0]?.event.start).toBe('2025-03-02');
  });

  it('puts times of day into the start when the story has a time zone, and into the note when not', async () => {
    const text = 'Headline\n\nTuesday, December 30, 2014\n\nThe flight vanished from radar early on Sunday at 6:17.\n';
    expect((await draftTimeline(text, { timeZone: 'Asia/Jakarta' })).proposals[0]?.event.start).toBe('2014-12-28T06:17');
    const without = (await draftTimeline(text)).proposals[0]?.event;
    expect(without?.start).toBe('2014-12-28');
    expect(without?.dateNote).toMatch(/declare the story’s time zone to place it at 06:17/);
  });

  it('drafts events that npm run data accepts as they are, for every article of the evaluation set', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const folder = new URL('./eval/articles/', import.meta.url).pathname;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(folder + file, 'utf8');
      const draft = await draftTimeline(text);
      const authoring = AuthoringSchema.parse({ seed: file, story: { date: draft.story.date, dateBasis: 'stated' }, events: draft.proposals.map((p) => p.event) });
      expect(derive(text, file, authoring).errors, file).toEqual([]);
    }
    // Every article of the evaluation drafted one after another: seconds, more on a busy machine.
  }, 60_000);

  it('reports its progress paragraph by paragraph', async () => {
    const seen: string[] = [];
    await draftTimeline(ARTICLE, { onProgress: ({ done, total }) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['1/4', '2/4', '3/4', '4/4']);
  });
});

/** The title of a clause, its dates read as in an article of `day` (a day stated by its dateline). */
const titleOn = (day: string) => (clause: string) => titleOf(clause, findTemporal(clause, { day, basis: 'stated' }));

/** Each clause's title, in an article of `day`, is the one given beside it. */
function expectTitles(day: string, cases: [clause: string, title: string][]): void {
  for (const [clause, title] of cases) expect(titleOn(day)(clause), clause).toBe(title);
}

describe('titles, ids and the article’s date', () => {
  it('makes a title of the clause without its dates', () => {
    expect(titleOn('2014-12-30')('The flight vanished from radar screens early on Sunday morning over the Java Sea.')).toBe('The flight vanished from radar screens over the Java Sea');
  });

  it('leaves a time’s zone out of the title with the time', () => {
    const clause = "Shortly after 4:00 a.m. West Africa Time (0300 UTC) Wednesday, INEC chairman Mahmood Yakubu went on television to announce Tinubu's victory";
    expect(titleOn('2023-03-03')(clause)).toBe("INEC chairman Mahmood Yakubu went on television to announce Tinubu's victory");
  });

  it('makes a headline of the clause: without who said it, linking words or what a parenthesis spells out', () => {
    expectTitles('2019-10-19', [
      ['According to Manila Bulletin, the earthquake was the strongest recorded in Kidapawan City', 'The earthquake was the strongest recorded in Kidapawan City'],
      ['Rappler reported three malls in Davao City were damaged', 'Three malls in Davao City were damaged'],
      ['Meanwhile, the total reported casualties increased to 167', 'The total reported casualties increased to 167'],
      ['The disaster council (NDRRMC) raised the toll to six, officials said', 'The disaster council raised the toll to six'],
      // Too little would be left without the attribution: it stays.
      ['Police said it was fine', 'Police said it was fine'],
      // Words quoted, then who said them: the speaker first.
      ['"This brings to an end a tragic chapter," Marles said.', 'Marles: “This brings to an end a tragic chapter”'],
      ['"I am still in shock," said nurse Ivonne Lugo.', 'Nurse Ivonne Lugo: “I am still in shock”'],
      // A parenthesis after a date taken out leaves no comma in front.
      ['On Saturday (Friday UTC), Marles announced the find', 'Marles announced the find'],
    ]);
  });

  it('keeps the words a title needs when its dates are taken out', () => {
    expectTitles('2014-01-04', [
      // A phrase that opens with "In" or "At" and is not a date keeps it.
      ['In a meeting that day he was told of the risk', 'In a meeting that day he was told of the risk'],
      ['On Friday in Pakistan, the court sentenced him', 'In Pakistan, the court sentenced him'],
      // "In addition to" is not the linking "In addition,".
      ['In addition, the river flooded', 'The river flooded'],
      ['In addition to the two deaths from yesterday\'s storms, a man died', 'In addition to the two deaths from the storms, a man died'],
      // A date in the possessive names what it dates: the thing stays.
      ["7,000 homes had their electricity supply cut off by Friday's storms", '7,000 homes had their electricity supply cut off by the storms'],
      // Two dates taken out leave one comma.
      ['The situation began on Friday, around 3:45pm local time, with an explosion', 'The situation began, with an explosion'],
      // What was reported is the news; "It was reported that" is only who said it.
      ["Ivan's condition was on Wednesday reported to not be life-threatening", "Ivan's condition was reported to not be life-threatening"],
      ['It was reported that the samples were showing up to 95 percent methane', 'The samples were showing up to 95 percent methane'],
    ]);
  });

  it('shortens a long title without cutting a phrase in two', () => {
    // Clauses without dates: only the shortening is at work.
    expectTitles('2019-01-04', [
      // What the sentence adds after its main statement is left to the quote.
      ['Search and rescue was suspended, with Zinichev describing the "real threat of collapse" of the remaining structure', 'Search and rescue was suspended'],
      ['The FSB denies the two explosions are related; reports describe speculation the cause was not in fact a gas leak', 'The FSB denies the two explosions are related'],
      // An aside between commas goes when the sentence goes on with its verb after it …
      ['An eleven-month-old boy, identified only as Ivan, was rescued alive and flown to Moscow for treatment', 'An eleven-month-old boy was rescued alive and flown to Moscow for treatment'],
      // … but not when it opens a list, nor inside another aside.
      ['76 villages were affected according to the report, which figured 21 injured in Davao del Sur, 36 in North Cotabato and 29 in South Cotabato', '76 villages were affected according to the report'],
      ['The results showed Atiku Abubakar, of the PDP, who has sought the presidency multiple times, won 6,984,520 votes and 12 states', "The results showed Atiku Abubakar, of the PDP, who has sought the presidency…"],
    ]);
    // No verb before the cut: the title is cut at a word, as before.
    expect(titleOn('2019-01-04')('Rescuers and volunteers from three regions of the country and from the capital; all of them working through the night in the cold')).toMatch(/…$/);
  });

  it('makes unique URL-safe ids', () => {
    const taken = new Set<string>();
    expect(idFor('Two people die in Britain’s storms', taken)).toBe('two-people-die-in-britain-s-storms');
    expect(idFor('Two people die in Britain’s storms', taken)).toBe('two-people-die-in-britain-s-storms-2');
  });

  it('finds a dateline that gives day, month and year, and nothing in a paragraph that is not one', () => {
    const p = (text: string) => [{ start: 0, end: text.length, text }];
    expect(findArticleDate(p('LONDON, Feb. 15, 2014 (Reuters) — Two people died.'))?.day).toBe('2014-02-15');
    expect(findArticleDate(p('Tuesday, December 30, 2014'))?.day).toBe('2014-12-30');
    expect(findArticleDate(p('The storm of December 30, 2014 closed the road.'))).toBeNull();
  });

  it('dates a clause that places itself by an event the article has dated, at the earliest date that event is named with', async () => {
    const article = [
      'Brother sentenced',
      '',
      'Monday, September 30, 2019',
      '',
      'On Friday, Mohammed Waseem was sentenced for her murder. He confessed to killing his sister in 2016.',
      '',
      'She wrote on social media shortly before her death.',
      '',
      'At the time of her murder, she had about 750,000 followers. She was murdered a few weeks after posting pictures.',
      '',
      'Waseem is eligible to appeal.',
      '',
    ].join('\n');
    const byQuote = new Map((await draftTimeline(article)).proposals.map((p) => [article.slice(p.span.start, p.span.end), p.event]));
    // "for her murder" on Friday, "killing his sister in 2016": the death is the earlier.
    for (const quote of ['She wrote on social media shortly before her death.', 'At the time of her murder, she had about 750,000 followers.', 'She was murdered a few weeks after posting pictures.']) {
      const event = byQuote.get(quote);
      // The whole year, as the article gives it.
      expect(event?.start, quote).toBe('2016-01-01');
      expect(event?.end, quote).toBe('2016-12-31');
      expect(event?.dateBasis).toBe('inferred');
      expect(event?.dateNote).toContain('speaks of the event the article dates by “in 2016”');
    }
    // A state the article reports as standing is as of its date, not the last event's.
    expect(byQuote.get('Waseem is eligible to appeal.')).toMatchObject({ start: '2019-09-30', dateBasis: 'inferred' });
    expect(byQuote.get('Waseem is eligible to appeal.')?.dateNote).toMatch(/as of the article’s date, Monday 30 September 2019/);
  });

  it('proposes nothing for a clause that names an event the article never dated and tells nothing else', async () => {
    const article = ['Crash', '', 'Monday, March 4, 2019', '', 'On Sunday, a bus overturned near the border.', '', 'Investigators have not said what caused the crash.', ''].join('\n');
    const draft = await draftTimeline(article);
    expect(draft.proposals.map((p) => article.slice(p.span.start, p.span.end))).toEqual(['On Sunday, a bus overturned near the border.']);
  });
});
