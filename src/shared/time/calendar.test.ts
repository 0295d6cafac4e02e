import { describe, expect, it } from 'vitest';
import { dateFormats, endInstant, formatDayRange, sortByTime, formatDate, formatDateRange, isDateOnly, storyZoneText, toInstant, zoneLabel } from './calendar';
import { daysInMonth, impossibleDate } from './calendarCheck';

describe('calendar values', () => {
  it('reads a date-only value as midnight UTC whatever the process zone', () => {
    expect(toInstant('2023-11-24')).toBe(Date.UTC(2023, 10, 24));
    expect(new Date(toInstant('2023-11-24')).toISOString()).toBe('2023-11-24T00:00:00.000Z');
  });

  it('reads a date-time on the story’s clock: its local digits, its offset set aside', () => {
    expect(toInstant('2023-11-30T05:40:00Z')).toBe(Date.UTC(2023, 10, 30, 5, 40));
    expect(toInstant('2018-07-10T10:00+07:00')).toBe(Date.UTC(2018, 6, 10, 10));
    expect(toInstant('2018-07-10T22:30-04:00')).toBe(Date.UTC(2018, 6, 10, 22, 30));
  });

  it('writes the same range in each language and zone it is asked for, one after another (it keeps what it has written)', () => {
    const english = formatDateRange('2023-11-24', '2023-11-27', { lang: 'en' });
    const french = formatDateRange('2023-11-24', '2023-11-27', { lang: 'fr' });
    expect(english).toBe('24–27 November 2023');
    expect(french).toContain('novembre');
    expect(formatDateRange('2023-11-24', '2023-11-27', { lang: 'en' })).toBe(english);
    const bangkok = { lang: 'en', timeZone: 'Asia/Bangkok', timeZoneName: 'ICT' };
    expect(formatDateRange('2018-07-10T10:00+07:00', '2018-07-10T21:10+07:00', bangkok)).toBe(formatDateRange('2018-07-10T10:00+07:00', '2018-07-10T21:10+07:00', { ...bangkok }));
    expect(formatDateRange('2018-07-10T10:00+07:00', '2018-07-10T21:10+07:00', bangkok)).not.toBe(formatDateRange('2018-07-10T10:00+07:00', '2018-07-10T21:10+07:00', { ...bangkok, timeZoneName: 'UTC+7' }));
  });

  it('rejects what is not a date', () => {
    expect(() => toInstant('24 November')).toThrow(RangeError);
  });

  it('gives the same instant however often, and however many values, it is asked for (it keeps those it has read)', () => {
    // More distinct values than it keeps: the first ones are read again, not mistaken.
    const minutes = Array.from({ length: 30_000 }, (_, at) => at);
    const iso = (minute: number) => new Date(Date.UTC(2024, 0, 1) + minute * 60_000).toISOString().replace('.000', '');
    for (const round of [0, 1]) for (const minute of minutes) if (toInstant(iso(minute)) !== Date.UTC(2024, 0, 1) + minute * 60_000) throw new Error(`round ${round}: ${iso(minute)} read wrong`);
    expect(toInstant(iso(0))).toBe(Date.UTC(2024, 0, 1));
    expect(() => toInstant('24 November')).toThrow(RangeError);
    expect(() => toInstant('24 November')).toThrow(RangeError);
  });

  it('ends a date-only span at the close of its last day', () => {
    expect(endInstant('2023-11-24', '2023-11-27')).toBe(Date.UTC(2023, 10, 28));
    expect(endInstant('2023-11-30')).toBe(Date.UTC(2023, 11, 1));
    expect(endInstant('2023-11-30T05:40:00Z')).toBe(Date.UTC(2023, 10, 30, 5, 40));
  });

  it('formats the calendar day the data names, in any zone', () => {
    // The suite runs under several TZ values (see scripts/test-all.mjs); the day must not move.
    expect(formatDate('2023-11-24')).toBe('24 November 2023');
    expect(formatDate('2023-01-01')).toBe('1 January 2023');
    expect(formatDate('2023-12-31')).toBe('31 December 2023');
    expect(formatDate('2023-11-30T05:40:00Z')).toBe('30 November 2023, 05:40 UTC');
  });

  it('formats ranges compactly', () => {
    expect(formatDateRange('2023-11-24', '2023-11-27')).toBe('24–27 November 2023');
    expect(formatDateRange('2023-11-28', '2023-12-02')).toBe('28 November – 2 December 2023');
    expect(formatDateRange('2023-12-30', '2024-01-02')).toBe('30 December 2023 – 2 January 2024');
    expect(formatDateRange('2023-11-24')).toBe('24 November 2023');
  });

  it('shows a time in the story’s zone, with the zone named', () => {
    const bangkok = { timeZone: 'Asia/Bangkok', timeZoneName: 'ICT' };
    // "just after 10 a.m." in Bangkok: not "03:00 UTC".
    expect(formatDate('2018-07-10T10:00+07:00', bangkok)).toBe('10 July 2018, 10:00 ICT');
    expect(formatDate('2018-07-10T10:00+07:00', { timeZone: 'Asia/Bangkok' })).toBe('10 July 2018, 10:00 Bangkok time');
    expect(formatDate('2018-07-10T22:30-04:00', { timeZone: 'America/New_York' })).toBe('10 July 2018, 22:30 New York time');
    // Where no story is at hand the offset still names it, and the local time is the same.
    expect(formatDate('2018-07-10T10:00+07:00')).toBe('10 July 2018, 10:00 UTC+7');
    expect(formatDate('2018-07-10T10:00-04:00')).toBe('10 July 2018, 10:00 UTC−4');
    expect(formatDate('2018-07-10T10:00+05:30')).toBe('10 July 2018, 10:00 UTC+5:30');
    expect(formatDateRange('2018-07-10T10:00+07:00', '2018-07-10T21:10+07:00', bangkok)).toBe('10 July 2018, 10:00–21:10 ICT');
    expect(formatDateRange('2018-07-10T10:00+07:00', '2018-07-11T09:00+07:00', bangkok)).toBe('10 July 2018, 10:00 ICT – 11 July 2018, 09:00 ICT');
    expect(formatDate('2018-07-10', bangkok)).toBe('10 July 2018');
  });

  it('names the zone', () => {
    expect(zoneLabel('2018-07-10T10:00Z', { timeZone: 'UTC' })).toBe('UTC');
    expect(zoneLabel('2018-07-10T10:00Z', { timeZone: 'America/Argentina/Buenos_Aires' })).toBe('Buenos Aires time');
    expect(storyZoneText({ timeZone: 'Asia/Bangkok', timeZoneName: 'ICT' })).toBe('ICT (Asia/Bangkok)');
    expect(storyZoneText({ timeZone: 'Asia/Bangkok' })).toBe('Bangkok time (Asia/Bangkok)');
    expect(storyZoneText({})).toBeNull();
  });

  it('orders a timed event within its local day, whatever its offset', () => {
    const events = [
      { id: 'day-11', start: '2018-07-11' },
      { id: 'ny-late', start: '2018-07-10T22:00-04:00' },
      { id: 'day-10', start: '2018-07-10' },
      { id: 'bkk-early', start: '2018-07-10T01:00+07:00' },
      { id: 'day-9', start: '2018-07-09' },
    ];
    // 01:00 in Bangkok is 18:00 UTC on the 9th, and 22:00 in New York 02:00 UTC on the 11th: read
    // as instants, they would sort into the wrong days.
    expect(sortByTime(events).map((e) => e.id)).toEqual(['day-9', 'day-10', 'bkk-early', 'ny-late', 'day-11']);
  });

  it('knows date-only values', () => {
    expect(isDateOnly('2023-11-24')).toBe(true);
    expect(isDateOnly('2023-11-24T00:00Z')).toBe(false);
  });

  it('orders by start, then end, then id', () => {
    const events = [
      { id: 'b', start: '2023-11-24', end: '2023-11-27' },
      { id: 'c', start: '2023-11-24' },
      { id: 'a', start: '2023-11-24' },
      { id: 'd', start: '2023-10-07' },
    ];
    expect(sortByTime(events).map((e) => e.id)).toEqual(['d', 'a', 'c', 'b']);
  });
});

describe('days on the calendar', () => {
  it('counts the days of each month, leap years as the Gregorian calendar has them', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(0, 2)).toBe(29);
  });

  it('names a day that is not on the calendar, and what the month has', () => {
    expect(impossibleDate('2023-02-30')).toBe('2023-02-30 is not a date: February 2023 has 28 days');
    expect(impossibleDate('2023-02-29T10:00Z')).toBe('2023-02-29 is not a date: February 2023 has 28 days');
    expect(impossibleDate('2023-11-31')).toBe('2023-11-31 is not a date: November 2023 has 30 days');
    expect(impossibleDate('2023-13-01')).toBe('2023-13-01 is not a date: there is no month 13');
    expect(impossibleDate('2023-11-00')).toBe('2023-11-00 is not a date: November 2023 has 30 days');
  });

  it('passes real days, and leaves what is not shaped like a date to the pattern', () => {
    for (const iso of ['2023-11-24', '2024-02-29', '2023-12-31T23:59+02:00', '1900-02-28']) expect(impossibleDate(iso), iso).toBeNull();
    for (const text of ['24 November 2023', '', '2023-1-1']) expect(impossibleDate(text), text).toBeNull();
  });

  it('would otherwise be rolled over by Date.UTC into a date the data never gave', () => {
    // The reason for the check: 30 February reads as 2 March.
    expect(formatDate('2023-02-30')).toBe('2 March 2023');
  });
});

describe('the time zone this suite runs under', () => {
  it('is the one the test command asked for, so the zone runs are real', () => {
    const asked = process.env.TZ;
    const resolved = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (asked) expect(resolved).toBe(asked);
    else expect(typeof resolved).toBe('string');
    // A date-only value still names the same day here as in UTC.
    expect(formatDate('2023-11-24')).toBe('24 November 2023');
  });
});

describe('dates in the story’s language', () => {
  it('writes English as it always has, whatever English the story names', () => {
    for (const lang of [undefined, 'en', 'en-GB']) {
      expect(formatDate('2023-11-30', { lang })).toBe('30 November 2023');
      expect(formatDateRange('2023-11-24', '2023-11-27', { lang })).toBe('24–27 November 2023');
    }
  });

  it('names the months and orders the parts as each shipped language does', () => {
    const cases: [string, string, string, string][] = [
      ['fr', '30 novembre 2023', '24–27 novembre 2023', '28 novembre – 2 décembre 2023'],
      ['es', '30 de noviembre de 2023', '24–27 de noviembre de 2023', '28 de noviembre – 2 de diciembre de 2023'],
      ['ar', '30 نوفمبر 2023', '24–27 نوفمبر 2023', '28 نوفمبر – 2 ديسمبر 2023'],
      ['he', '30 בנובמבר 2023', '24–27 בנובמבר 2023', '28 בנובמבר – 2 בדצמבר 2023'],
    ];
    for (const [lang, day, days, months] of cases) {
      expect(formatDate('2023-11-30', { lang })).toBe(day);
      expect(formatDateRange('2023-11-24', '2023-11-27', { lang })).toBe(days);
      expect(formatDateRange('2023-11-28', '2023-12-02', { lang })).toBe(months);
    }
  });

  it('uses the digits of a locale that has its own', () => {
    expect(formatDate('2023-11-30', { lang: 'ar-EG' })).toBe('٣٠ نوفمبر ٢٠٢٣');
    expect(formatDateRange('2023-11-24', '2023-11-27', { lang: 'ar-EG' })).toBe('٢٤–٢٧ نوفمبر ٢٠٢٣');
  });

  it('leaves a locale that puts the month first to the platform’s own range', () => {
    expect(formatDate('2023-11-30', { lang: 'en-US' })).toBe('November 30, 2023');
    expect(formatDateRange('2023-11-28', '2023-12-02', { lang: 'en-US' })).toMatch(/^November 28\s?–\s?December 2, 2023$/);
    expect(dateFormats('en-US').dayFirst).toBe(false);
    expect(dateFormats('fr').dayFirst).toBe(true);
  });

  it('keeps the calendar day and the story’s clock in every language', () => {
    // The day the data names, in any reader's zone (the tests run in several), and the local time its digits give.
    expect(formatDate('2023-12-31', { lang: 'fr' })).toBe('31 décembre 2023');
    expect(formatDate('2018-07-10T10:00+07:00', { lang: 'es', timeZoneName: 'ICT' })).toBe('10 de julio de 2018, 10:00 ICT');
    expect(formatDayRange(Date.UTC(2023, 11, 30), Date.UTC(2024, 0, 2), 'he')).toBe('30 בדצמבר 2023 – 2 בינואר 2024');
  });
});
