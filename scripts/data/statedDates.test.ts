import { describe, expect, it } from 'vitest';
import { checkStatedDate } from './statedDates';

const dated = { day: '2018-07-10', basis: 'stated' as const };

describe('a stated date checked against its quotes', () => {
  it('refuses a date the quote does not state, naming the words', () => {
    expect(checkStatedDate('2018-06-24', ['The boys went missing on June 23 after football practice.'], dated)).toEqual({
      ok: false,
      message: '2018-06-24 is not the date its quotes state: they say "June 23" (2018-06-23)',
    });
  });

  it('accepts a day and month and says where the year comes from', () => {
    expect(checkStatedDate('2018-06-23', ['The boys went missing on June 23.'], dated)).toEqual({
      ok: true,
      note: 'The article says “June 23”; the year, 2018, is the article\'s own (it is dated 10 July 2018).',
    });
  });

  it('takes the year that puts the date nearest the article’s date', () => {
    expect(checkStatedDate('2017-12-28', ['since Dec. 28'], { day: '2018-01-05', basis: 'stated' }).ok).toBe(true);
    expect(checkStatedDate('2018-12-28', ['since Dec. 28'], { day: '2018-01-05', basis: 'stated' }).ok).toBe(false);
  });

  it('reads abbreviations, full dates, numeric forms and ranges', () => {
    expect(checkStatedDate('2017-09-10', ['MIAMI, Sept. 10, 2017 (UPI) — Irma made landfall.'], undefined)).toEqual({ ok: true });
    expect(checkStatedDate('2019-02-09', ['The hearing is set for Feb. 9.'], { day: '2019-01-20', basis: 'stated' }).ok).toBe(true);
    expect(checkStatedDate('2018-06-23', ['on 23/06/2018'], undefined)).toEqual({ ok: true });
    expect(checkStatedDate('2018-07-10', ['from June 23 to July 10, 2018'], undefined)).toEqual({ ok: true });
    expect(checkStatedDate('2018-06-23T10:00+07:00', ['on 23rd June 2018'], undefined)).toEqual({ ok: true });
  });

  it('counts weekdays and relative days from the article’s date', () => {
    // 10 July 2018 was a Tuesday: "on Monday" is the 9th (or, in a preview, the 16th, six days on).
    expect(checkStatedDate('2018-07-09', ['Four more boys were brought out on Monday.'], dated).ok).toBe(true);
    expect(checkStatedDate('2018-07-08', ['Four more boys were brought out on Monday.'], dated)).toEqual({
      ok: false,
      message: '2018-07-08 is not the date its quotes state: they say "on Monday" (2018-07-09 or 2018-07-16)',
    });
    expect(checkStatedDate('2018-07-09', ['the rescue resumed yesterday'], dated).ok).toBe(true);
    expect(checkStatedDate('2018-07-03', ['found a week ago'], dated).ok).toBe(true);
  });

  it('needs the article’s date for a weekday, and a year from somewhere', () => {
    expect(checkStatedDate('2018-07-09', ['on Monday'], undefined)).toEqual({
      ok: false,
      message: '2018-07-09 is marked stated, but its quotes state no date (a weekday or "yesterday" needs the article\'s date, story.date); quote the words that state it, or mark the date inferred with a dateNote',
    });
    expect(checkStatedDate('2018-06-23', ['on June 23'], undefined)).toEqual({
      ok: false,
      message: '2018-06-23 is marked stated, but the quote gives "June 23" without a year and the story has no date to take it from; add story.date, or mark the date inferred with a dateNote',
    });
    expect(checkStatedDate('2023-11-24', ['Since the truce began on November 24'], { day: '2023-11-30', basis: 'inferred' })).toEqual({
      ok: false,
      message: '2023-11-24 is marked stated, but the quote gives "November 24" without a year and the article\'s date (2023-11-30) is itself inferred; mark the date inferred and say so in dateNote',
    });
  });

  it('refuses a stated date whose quotes give none', () => {
    expect(checkStatedDate('2018-07-10', ['The divers were exhausted.'], dated).ok).toBe(false);
  });
});
