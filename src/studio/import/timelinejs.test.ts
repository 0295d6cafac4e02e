import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { clockTime, importTimeline, importTimelineCsv, importTimelineJson, plainText } from './timelinejs';

const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('CSV as spreadsheets export it', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b,c\r\n1,"two, ""2""",\r\n"multi\nline",x,y\r\n\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'two, "2"', ''],
      ['multi\nline', 'x', 'y'],
    ]);
  });

  it('says when a quoted field is never closed', () => {
    expect(() => parseCsv('a,"b\n')).toThrow('the file ends inside a quoted field');
  });
});

describe('a TimelineJS3 spreadsheet', () => {
  it('reads its documented columns into events, a title slide into the title, and names what it does not keep', () => {
    const csv = [
      HEADER,
      ',,,,,,,,,My timeline,"<p>About it</p>",,,,,title,,',
      '2014,12,28,6:17 am,,,,,,Flight vanishes,"<p>Contact &amp; radar lost</p>",https://example.com/a.jpg,Credit,,,,Air,',
      '2014,3,,,,,,,March,MH370 missing,,,,,,,,',
      '2016,,,,2017,,,,,Years,,,,,,era,,#fff',
      '2014,2,30,,,,,,,Bad day,,,,,,,,',
      ',,,,,,,,,No year here,,,,,,,,',
    ].join('\n');
    const result = importTimelineCsv(csv);
    expect(result.title).toEqual({ headline: 'My timeline', text: 'About it' });
    expect(result.events).toEqual([
      { title: 'Flight vanishes', text: 'Contact & radar lost', start: '2014-12-28T06:17', precision: 'day', group: 'Air', source: 'row 3' },
      { title: 'MH370 missing', text: '', start: '2014-03-01', end: '2014-03-31', precision: 'month', displayDate: 'March', source: 'row 4' },
      { title: 'Years', text: '', start: '2016-01-01', end: '2017-12-31', precision: 'year', endPrecision: 'year', type: 'era', source: 'row 5' },
      { title: 'Bad day', text: '', start: '', precision: 'day', source: 'row 6' },
    ]);
    expect(result.warnings).toEqual([
      'row 6: start: 2014-02 has no day "30"; the event is kept without a date',
      'row 7: no Year; left out ("No year here")',
      'Media: not imported (1 row): a Sourceline event shows the article’s words, not media',
      'Media Credit: not imported (1 row): a Sourceline event shows the article’s words, not media',
      'Background: not imported (1 row): a Sourceline event shows the article’s words, not media',
    ]);
  });

  it('reads the template TimelineJS3 ships', () => {
    const template = readFileSync(new URL('../../../node_modules/@knight-lab/timelinejs/src/template/my-own-timeline.csv', import.meta.url), 'utf8');
    const result = importTimelineCsv(template);
    expect(result.title?.headline).toBe('MY OWN CSV');
    expect(result.events[0]).toMatchObject({ title: 'Ada Lovelace', start: '1815-12-10', end: '1852-11-27' });
    expect(result.events.length).toBeGreaterThan(5);
  });

  it('refuses a file that is not one', () => {
    expect(() => importTimelineCsv('Date,Event\n2014,x\n')).toThrow('this is not a TimelineJS3 spreadsheet: it has no Year or Headline column (its columns: Date, Event)');
  });
});

describe('a TimelineJS3 JSON timeline', () => {
  it('reads events and eras, with times and display dates', () => {
    const json = JSON.stringify({
      title: { text: { headline: 'T', text: '<b>x</b>' } },
      events: [
        { start_date: { year: '2014', month: '12', day: '28', hour: '6', minute: '17' }, text: { headline: 'Vanishes', text: '' }, media: { url: 'x' } },
        { start_date: { year: 2014, month: 12 }, end_date: { year: 2015 }, text: { headline: 'Search' }, display_date: 'Winter' },
        { text: { headline: 'Undated' } },
      ],
      eras: [{ start_date: { year: 2014 }, end_date: { year: 2014, month: 6 }, text: { headline: 'First half' } }],
    });
    const result = importTimelineJson(json);
    expect(result.title).toEqual({ headline: 'T', text: 'x' });
    expect(result.events.map((e) => [e.title, e.start, e.end, e.type])).toEqual([
      ['Vanishes', '2014-12-28T06:17', undefined, undefined],
      ['Search', '2014-12-01', '2015-12-31', undefined],
      ['First half', '2014-01-01', '2014-06-30', 'era'],
    ]);
    expect(result.events[1]?.displayDate).toBe('Winter');
    expect(result.warnings).toEqual(['events[2]: no start_date; left out', 'media and backgrounds: not imported (1 slide): a Sourceline event shows the article’s words, not media']);
  });

  it('is told from CSV by its first character, and refuses what is neither', () => {
    expect(importTimeline('{"events": []}').events).toEqual([]);
    expect(() => importTimeline('{"slides": []}')).toThrow('it has no "events" list');
    expect(() => importTimeline('{nope')).toThrow(/^the file is not JSON/);
  });
});

describe('text and times', () => {
  it('strips HTML and decodes entities', () => {
    expect(plainText('<p class="lead">A&nbsp;&ldquo;b&rdquo; &#8212; c&#x2019;s<br>d</p>')).toBe('A “b” — c’s d');
  });

  it('reads times as a spreadsheet writes them', () => {
    expect([clockTime('9:30 pm'), clockTime('21:45'), clockTime('12 a.m.'), clockTime('25:00'), clockTime('noonish')]).toEqual(['21:30', '21:45', '00:00', null, null]);
  });
});
