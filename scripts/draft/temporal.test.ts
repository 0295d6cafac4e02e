import { describe, expect, it } from 'vitest';
import { findTemporal, speaksOfFuture, yearHintOf, type ArticleDay, type ResolveContext } from './temporal.ts';

/**
 * Test sentences from real news text, each with the day it should give and why. The articles'
 * dates: Tuesday 30 December 2014 (AirAsia 8501), Saturday 15 February 2014 (storms in Britain),
 * Thursday 29 November 2018 (InSight), Friday 4 January 2019 (Magnitogorsk).
 */
const TUESDAY: ArticleDay = { day: '2014-12-30', basis: 'stated' };
const SATURDAY: ArticleDay = { day: '2014-02-15', basis: 'stated' };
const THURSDAY: ArticleDay = { day: '2018-11-29', basis: 'stated' };
const FRIDAY: ArticleDay = { day: '2019-01-04', basis: 'stated' };

/** The first date (not time) the sentence speaks of, resolved. */
function dateOf(sentence: string, article: ArticleDay, ctx: Partial<ResolveContext> = {}) {
  const mention = findTemporal(sentence, article).find((m) => m.level !== 'time');
  return mention?.resolve({ article, future: speaksOfFuture(sentence), ...ctx }) ?? null;
}

describe('dates in news sentences', () => {
  it('takes a weekday as the one before the article’s date, not the next (chrono-node says 4 January)', () => {
    expect(dateOf('The flight vanished from radar screens early on Sunday morning over the Java Sea.', TUESDAY)).toMatchObject({ start: '2014-12-28', stated: false });
  });

  it('takes a weekday in a sentence about what is to come as the one after', () => {
    expect(dateOf('The ship will arrive on Friday.', TUESDAY)?.start).toBe('2015-01-02');
  });

  it('takes "on Friday" in a Friday article as that day', () => {
    expect(dateOf('On Friday, the court ruled.', FRIDAY)?.start).toBe('2019-01-04');
  });

  it('reads "by Friday’s storms" as the Friday before: "by" names who did it, not a deadline', () => {
    expect(dateOf('7,000 homes had their electricity supply cut off by Friday’s storms', SATURDAY)?.start).toBe('2014-02-14');
  });

  it('reads "Friday 17,000 people" as a day, not as 5 pm (chrono-node reads a time)', () => {
    const found = findTemporal('In North Wales, as of Friday 17,000 people had no electricity supply', SATURDAY);
    expect(found.map((m) => m.text)).toEqual(['Friday']);
  });

  it('counts "yesterday", "last night" and "today" from the article’s date', () => {
    expect(dateOf('Yesterday evening searchers stated they were using twelve helicopters', TUESDAY)?.start).toBe('2014-12-29');
    expect(dateOf('storms that battered the southern coast of England last night', SATURDAY)?.start).toBe('2014-02-14');
    expect(dateOf('USS Sampson is due to join search efforts today.', TUESDAY)?.start).toBe('2014-12-30');
  });

  it('leaves "today" inside quotation marks to the speaker: it is not the article’s day', () => {
    expect(findTemporal('In his resignation speech, Rosselló said, "Despite having the mandate, today I feel that I must go."', TUESDAY)).toEqual([]);
    expect(dateOf('Rosselló said today that he would go.', TUESDAY)?.start).toBe('2014-12-30');
  });

  it('reads a capitalised "Tonight" or "Today" inside a sentence as part of a name, not as a day', () => {
    expect(findTemporal('Radio 4’s The World Tonight and the Today programme were cancelled.', TUESDAY)).toEqual([]);
    expect(dateOf('Today the search resumed.', TUESDAY)?.start).toBe('2014-12-30');
  });

  it('reads a holiday on a fixed day as its day: the most recent one, or the next for what is to come', () => {
    const FRIDAY_MAY_2006: ArticleDay = { day: '2006-05-05', basis: 'stated' };
    expect(dateOf('Last Christmas, Kennedy spent time at the clinic', FRIDAY_MAY_2006)).toMatchObject({ start: '2005-12-25', stated: false });
    expect(dateOf('The clinic will reopen on New Year’s Day.', FRIDAY_MAY_2006)?.start).toBe('2007-01-01');
    expect(findTemporal('A ship sank off Christmas Island.', FRIDAY_MAY_2006)).toEqual([]);
  });

  it('takes a month without a year as the most recent one, drawn over the whole month', () => {
    // chrono-node gives March 2015 for "since March" in a December 2014 article.
    expect(dateOf('flight 370 has been missing since March with 239 on board', TUESDAY)).toMatchObject({ start: '2014-03-01', end: '2014-03-31', precision: 'month' });
    expect(dateOf('It last underwent maintenance in November.', TUESDAY)).toMatchObject({ start: '2014-11-01', end: '2014-11-30' });
  });

  it('takes the year a sentence names for its months', () => {
    expect(dateOf('in July Flight 17 was shot down', TUESDAY, { yearHint: 2013 })?.start).toBe('2013-07-01');
  });

  it('draws "until March" from the article’s date to the end of March', () => {
    expect(dateOf('floods could remain in some areas of England until March', SATURDAY)).toMatchObject({ start: '2014-02-15', end: '2014-03-31' });
  });

  it('reads a written day and month, with the year nearest the article’s date, as stated', () => {
    expect(dateOf('The vessel sailed from Tilbury on January 5', SATURDAY)).toMatchObject({ start: '2014-01-05', stated: true, precision: 'day' });
  });

  it('reads "May 5 of this year" in the article’s year (the nearest May 5 would be the next one)', () => {
    expect(dateOf('InSight was launched May 5 of this year', THURSDAY)).toMatchObject({ start: '2018-05-05' });
    // And "of last year" in the year before (the nearest July 13 to an article of 8 September 2019 is in 2019).
    expect(dateOf('UH Mānoa dispatched the research ship from July 13 to 17 of last year', { day: '2019-09-08', basis: 'stated' })).toMatchObject({ start: '2018-07-13', end: '2018-07-17' });
    // "in April last year": the month in the year "last year" names; another month of the sentence is not in that year.
    const july = { day: '2023-07-30', basis: 'stated' } as const;
    const sentence = 'Warburton resigned in June, after the group suspended him in April last year.';
    const [june, april] = findTemporal(sentence, july).map((m) => m.resolve({ article: july, future: false, yearHint: yearHintOf(findTemporal(sentence, july)) }));
    expect([june?.start, april?.start, april?.precision]).toEqual(['2023-06-01', '2022-04-01', 'month']);
    // "last month", "this month's": the month counted from the article's.
    expect(dateOf('Nigel Adams stepped down last month.', july)).toMatchObject({ start: '2023-06-01', end: '2023-06-30', precision: 'month' });
    expect(dateOf("At least 100 inmates died in this month's previous two riots.", { day: '2017-01-17', basis: 'stated' })).toMatchObject({ start: '2017-01-01', end: '2017-01-31' });
    expect(dateOf('The talks resume next month.', { day: '2023-12-04', basis: 'stated' })).toMatchObject({ start: '2024-01-01', end: '2024-01-31' });
    // "the next month" follows the month the sentence named before it; "over the next month" alone names no month.
    const indictment = { day: '2023-06-11', basis: 'stated' } as const;
    const nara = findTemporal('They handed over documents in January 2022, prompting NARA to ask the next month for an inquiry.', indictment);
    expect(nara.map((m) => m.resolve({ article: indictment, future: false })?.start)).toEqual(['2022-01-01', '2022-02-01']);
    expect(findTemporal('A task force will meet over the next month.', indictment)).toEqual([]);
    // "a January statement": a month naming what was made in it, the most recent January.
    expect(dateOf('According to a January Supplemental Environmental Impact Statement, the project would destroy wetlands.', { day: '2023-03-21', basis: 'stated' })).toMatchObject({ start: '2023-01-01', end: '2023-01-31' });
    // "after October of next year", "by the end of 2010": months of years the words name.
    const may2009 = { day: '2009-05-15', basis: 'stated' } as const;
    expect(dateOf('Franchises will not be renewed after October of next year.', may2009)).toMatchObject({ start: '2010-10-01', end: '2010-10-31' });
    expect(dateOf('It intends to reduce that number to 3,605 by the end of 2010.', may2009)).toMatchObject({ start: '2010-12-01', end: '2010-12-31', precision: 'month' });
    // Something scheduled for a day is to come; what "was scheduled for" a time is not.
    expect(speaksOfFuture('The District Attorney has scheduled a press conference for 1:30 p.m. Friday PDT.')).toBe(true);
    expect(speaksOfFuture('no votes were scheduled for that time of the morning')).toBe(false);
  });

  it('draws a year alone over the whole year', () => {
    expect(dateOf('Waseem confessed to killing his sister by strangling her in 2016', TUESDAY)).toMatchObject({ start: '2016-01-01', end: '2016-12-31', precision: 'year' });
    expect(dateOf('The 1973 building was home to over 1,000 people', FRIDAY)?.start).toBe('1973-01-01');
    expect(dateOf("We've studied Mars from orbit and from the surface since 1965, learning", THURSDAY)?.start).toBe('1965-01-01');
  });

  it('counts "last year" and "this January" from the article’s date, whatever other year the sentence names', () => {
    // A held-out article (US Open 2023) showed both: "the semifinals last year and 2021 and … this January's Australian Open".
    const SEPT_2023: ArticleDay = { day: '2023-09-11', basis: 'stated' };
    expect(dateOf('Sabalenka played the U.S. Open semifinals last year', SEPT_2023)).toMatchObject({ start: '2022-01-01', end: '2022-12-31', precision: 'year' });
    expect(dateOf("first took a Grand Slam title at this January's Australian Open", SEPT_2023, { yearHint: 2021 })).toMatchObject({ start: '2023-01-01', end: '2023-01-31' });
  });

  it('draws a decade over its ten years, and "the 1960s and \'70s" over twenty', () => {
    expect(dateOf('prices rose through the 1990s', TUESDAY)).toMatchObject({ start: '1990-01-01', end: '1999-12-31', precision: 'year' });
    expect(dateOf("During the 1960s and '70s, Vang Pao led a covert army", TUESDAY)).toMatchObject({ start: '1960-01-01', end: '1979-12-31' });
  });

  it('does not read a count as a year', () => {
    expect(findTemporal('2014 people marched', TUESDAY)).toEqual([]);
  });

  it('reads weeks, weekends and nights as periods', () => {
    expect(dateOf('weather should return to "normal winter weather" next week', SATURDAY)).toMatchObject({ start: '2014-02-17', end: '2014-02-23' });
    expect(dateOf('up to 3,000 homes could be flooded over the weekend', SATURDAY)).toMatchObject({ start: '2014-02-15', end: '2014-02-16' });
    expect(dateOf('On the night of Monday to Tuesday another explosion hit a gas-powered minibus', FRIDAY)).toMatchObject({ start: '2018-12-31', end: '2019-01-01' });
  });

  it('counts "a minute later" and "the next day" from the event told before, not from the article', () => {
    const previous = { day: '2014-12-28', time: '06:17', words: 'Sunday 28 December 2014, 06:17' };
    expect(dateOf('The transponder ceased to be received a minute later.', TUESDAY, { previous })?.start).toBe('2014-12-28');
    expect(dateOf('Rescuers returned the next day.', TUESDAY, { previous })?.start).toBe('2014-12-29');
    expect(dateOf('The transponder ceased to be received a minute later.', TUESDAY)).toBeNull();
  });

  it('reads times of day with the zone words beside them', () => {
    const [time] = findTemporal('Shortly after 4:00 a.m. West Africa Time (0300 UTC) Wednesday, the chairman spoke', TUESDAY);
    expect(time?.clock).toEqual({ time: '04:00', zone: 'West Africa Time' });
    expect(findTemporal('Emergency services began responding at 4.53pm', TUESDAY)[0]?.clock?.time).toBe('16:53');
  });

  it('cannot place a weekday without the article’s date', () => {
    const [mention] = findTemporal('on Sunday', undefined);
    expect(mention?.resolve({ article: undefined, future: false })).toBeNull();
  });

  it('says how every date was reached', () => {
    expect(dateOf('early on Sunday morning', TUESDAY)?.note).toBe('“on Sunday morning”, in an article dated Tuesday 30 December 2014, is taken as the Sunday before it, Sunday 28 December 2014.');
  });
});

describe('what is to come', () => {
  it('tells forecasts and plans from reports', () => {
    expect(speaksOfFuture('Service is not expected to restart for at least six weeks.')).toBe(true);
    expect(speaksOfFuture('up to 3,000 homes in the Thames Valley could be flooded over the weekend')).toBe(true);
    expect(speaksOfFuture('Controllers conferred with Singapore and agreed the plane could climb as high as 34,000ft')).toBe(false);
    expect(speaksOfFuture('no possibility any of the 29 men could have survived')).toBe(false);
  });
});
