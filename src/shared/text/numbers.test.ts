import { describe, expect, it } from 'vitest';
import { findNumbers, statesNumber } from './numbers';

const values = (text: string) => findNumbers(text).map((m) => m.value);

describe('numbers stated in a text', () => {
  it('reads digits, with thousands separators and decimals', () => {
    expect(values('a total of 80 hostages and 1,200 more, 2.5 times')).toEqual([80, 1200, 2.5]);
  });

  it('reads number words, hyphenated compounds and adjectives', () => {
    expect(statesNumber('Hamas has released eight Israeli hostages', 8)).toBe(true);
    expect(statesNumber('The initial four-day truce', 4)).toBe(true);
    expect(statesNumber('extended for three days', 3)).toBe(true);
    expect(statesNumber('twenty-three minors', 23)).toBe(true);
    expect(statesNumber('two hundred and forty prisoners', 240)).toBe(true);
    expect(statesNumber('one thousand two hundred', 1200)).toBe(true);
  });

  it('reads a half after a number in words as part of it', () => {
    // InSight's landing "took only [six and a half] minutes": 6.5, not 6 and then 0.5.
    expect(findNumbers('took only [six and a half] minutes')).toMatchObject([{ value: 6.5, text: 'six and a half' }]);
    expect(findNumbers('after six and a half hours')).toMatchObject([{ value: 6.5, duration: 'hour' }]);
    // A scale after it is left as it was read before: not 2.5 and then a million.
    expect(values('two and a half million')).not.toContain(2.5);
    expect(values('six and a halfpenny')).toEqual([6]);
  });

  it('does not read part of a number as another', () => {
    expect(statesNumber('nearly 240 Palestinians', 24)).toBe(false);
    expect(statesNumber('twenty-three minors', 20)).toBe(false);
    expect(statesNumber('twenty-three minors', 3)).toBe(false);
    expect(statesNumber('seven women', 8)).toBe(false);
  });

  it('keeps separate numbers separate', () => {
    expect(values('three people, four days')).toEqual([3, 4]);
    expect(values('23 minors and seven women')).toEqual([23, 7]);
  });

  it('records positions and notices vague counts', () => {
    const [m] = findNumbers('killed dozens of people');
    expect(m).toEqual({ value: null, start: 7, end: 13, text: 'dozens' });
    const [n] = findNumbers('a total of 80');
    expect(n).toMatchObject({ value: 80, start: 11, end: 13 });
  });

  it('finds nothing in a text without numbers', () => {
    expect(findNumbers('No numbers are stated here.')).toEqual([]);
  });
});

describe('numbers as newsrooms write them', () => {
  it('scales millions and billions exactly', () => {
    expect(findNumbers('leaving 1.1 million people without power')).toMatchObject([{ value: 1_100_000, text: '1.1 million' }]);
    expect(statesNumber('3.4 million homes', 3_400_000)).toBe(true);
    expect(statesNumber('1.1M customers', 1_100_000)).toBe(true);
    expect(statesNumber('a 3bn deal', 3_000_000_000)).toBe(true);
    expect(statesNumber('10k runners', 10_000)).toBe(true);
    // Not 1,100,000.0000000002, which floating point would give.
    expect(findNumbers('0.7 million')[0]?.value).toBe(700_000);
  });

  it('reads the amount of a currency or a percentage, leaving the sign to the data pipeline', () => {
    expect(findNumbers('agreed to pay $1.7 billion in damages')).toEqual([{ value: 1_700_000_000, start: 15, end: 26, text: '1.7 billion' }]);
    expect(statesNumber('£300,000 fine', 300_000)).toBe(true);
    expect(statesNumber('US$3bn', 3_000_000_000)).toBe(true);
    expect(statesNumber('up 3.4 percent', 3.4)).toBe(true);
    expect(statesNumber('40% of voters', 40)).toBe(true);
  });

  it('reads a dozen, half, and half a million', () => {
    expect(findNumbers('a dozen boys')[0]).toMatchObject({ value: 12, text: 'a dozen' });
    expect(statesNumber('two dozen', 24)).toBe(true);
    expect(findNumbers('half of them')[0]).toMatchObject({ value: 0.5, text: 'half' });
    expect(statesNumber('half a million', 500_000)).toBe(true);
  });

  it('counts a week as 7 days, and never reads a lone "a" as one', () => {
    expect(findNumbers('spent a week in hospital')[0]).toMatchObject({ value: 1, text: 'a week', duration: 'week', inDays: 7 });
    expect(statesNumber('spent a week in hospital', 7)).toBe(true);
    expect(statesNumber('for two weeks', 14)).toBe(true);
    expect(findNumbers('a boy and a coach')).toEqual([]);
  });

  it('notes the span of time a number measures', () => {
    expect(findNumbers('about 11 hours')[0]).toMatchObject({ value: 11, duration: 'hour' });
    expect(findNumbers('the four-day truce')[0]).toMatchObject({ value: 4, duration: 'day', text: 'four' });
    expect(findNumbers('a 25-year-old man')[0]).toMatchObject({ value: 25, duration: 'year' });
  });

  it('does not read times of day as numbers', () => {
    expect(findNumbers('found at 9:10 a.m. on the ledge')).toEqual([]);
    expect(statesNumber('found at 9:10 a.m.', 9)).toBe(false);
    expect(statesNumber('found at 9:10 a.m.', 10)).toBe(false);
    expect(findNumbers('until 10 a.m. Monday, then 21:45 (0500 GMT)')).toEqual([]);
  });

  it('does not read dates, years or ordinals as numbers', () => {
    expect(findNumbers('missing since June 23')).toEqual([]);
    expect(findNumbers('MIAMI, Sept. 10 (UPI) —')).toEqual([]);
    expect(findNumbers('set for Feb. 9.')).toEqual([]);
    expect(findNumbers('on 23 June 2018, and in 2016, the 23rd time')).toEqual([]);
    expect(values('Since the truce began on November 24, a total of 80')).toEqual([80]);
  });

  it('does not read a model name as a number', () => {
    expect(findNumbers('the A380 jet')).toEqual([]);
  });
});

describe('numbers in digits of other scripts', () => {
  it('reads them with their place and their own text', () => {
    const text = 'أفرجت حماس عن ٢٤٠ أسيرًا و١٬٢٠٠ شخص، و٢٫٥ طن';
    const found = findNumbers(text).filter((m) => m.value !== null);
    expect(found.map((m) => m.value)).toEqual([240, 1200, 2.5]);
    for (const mention of found) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(found[0]?.text).toBe('٢٤٠');
    expect(statesNumber('שוחררו ٢٤٠ אסירים', 240)).toBe(true);
    expect(statesNumber('۲۴۰ نفر', 240)).toBe(true);
  });

  it('reads a number joined to a letter by the Arabic kashida, as news writing sets "بـ6,984,520"', () => {
    const text = 'فاز بـ6,984,520 صوتًا وبـ٢٤٠';
    const found = findNumbers(text).filter((m) => m.value !== null);
    expect(found.map((m) => m.text)).toEqual(['6,984,520', '٢٤٠']);
    expect(found.map((m) => m.value)).toEqual([6984520, 240]);
    // A Latin letter before the digits still makes them part of a word (a model name, not a number).
    expect(findNumbers('the A380 and B747')).toEqual([]);
  });
});
