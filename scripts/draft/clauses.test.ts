import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.ts';
import { findTemporal } from './temporal.ts';

const article = { day: '2014-12-30', basis: 'stated' as const };
const clauses = (text: string) => splitClauses({ start: 0, end: text.length, text }, findTemporal(text, article)).map((c) => c.span.text);

describe('a sentence that tells of two moments', () => {
  /** Where a sentence is cut, each case a boundary: the sentence and its clauses. */
  const CUTS: [boundary: string, sentence: string, clauses: string[]][] = [
    [
      'a semicolon, and an "and" right before the second date',
      '2014 has been a year of air disasters for the country; Malaysia Airlines flight 370 has been missing since March with 239 on board and in July Malaysia Airlines Flight 17 was shot down in Ukraine with 298 casualties.',
      ['2014 has been a year of air disasters for the country', 'Malaysia Airlines flight 370 has been missing since March with 239 on board', 'in July Malaysia Airlines Flight 17 was shot down in Ukraine with 298 casualties.'],
    ],
    ['what one event prompted at another time', 'Employees handed over 197 documents in January 2022, prompting NARA to ask for an inquiry the next month.', ['Employees handed over 197 documents in January 2022', 'NARA to ask for an inquiry the next month.']],
    ['an "and" that begins a verb of its own', 'OSIRIS-REx launched in September 2016 and arrived at Bennu in December 2018.', ['OSIRIS-REx launched in September 2016', 'arrived at Bennu in December 2018.']],
    ['what came before or after the event at another time', 'Warburton resigned from the seat in June, after the group suspended him in April last year.', ['Warburton resigned from the seat in June', 'the group suspended him in April last year.']],
  ];

  it('is cut between its dates, at the clause boundary before the second', () => {
    for (const [boundary, sentence, parts] of CUTS) expect(clauses(sentence), boundary).toEqual(parts);
  });

  it('is not cut when no boundary separates the dates (one event over two days)', () => {
    const text = 'a 77-year-old man died yesterday from injuries sustained Wednesday in the town of Caernarfon';
    expect(clauses(text)).toEqual([text]);
  });

  it('keeps a sentence with one date whole', () => {
    const text = 'The vessel sailed from Tilbury on January 5 and is carrying 735 mainly British passengers and 349 crew.';
    expect(clauses(text)).toEqual([text]);
  });

  it('gives each clause offsets into the sentence', () => {
    const text = 'Rescue began on Monday; it ended on Tuesday.';
    const [, second] = splitClauses({ start: 100, end: 100 + text.length, text }, findTemporal(text, article));
    expect(second?.span).toEqual({ start: 124, end: 144, text: 'it ended on Tuesday.' });
    expect(second?.mentions.map((m) => [m.text, m.start])).toEqual([['on Tuesday', 9]]);
  });
});
