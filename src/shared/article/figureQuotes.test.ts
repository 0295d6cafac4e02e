import { describe, expect, it } from 'vitest';
import { emphasise, excerptAround, statedQuoteIndex, statedRanges } from './figureQuotes';

const quotes = [
  { text: 'As the latest group of Israeli hostages was released in exchange for Palestinian prisoners' },
  { text: 'Hamas has released eight Israeli hostages, including nationals from Mexico, Russia, and Uruguay, while Israel has released 30 Palestinian prisoners, including 23 minors and seven women.' },
];

const at = (words: string) => ({ quote: 1, start: quotes[1]!.text.indexOf(words), end: quotes[1]!.text.indexOf(words) + words.length });
const figures = [{ value: 8, stated: at('eight') }, { value: 30, stated: at('30') }, { value: 23, stated: at('23') }, { value: 7 }];

describe('the words that state a figure', () => {
  it('are the quote and words the data records', () => {
    expect(statedQuoteIndex(figures[0]!)).toBe(1);
    expect(statedQuoteIndex(figures[3]!)).toBe(-1);
    const text = quotes[1]!.text;
    expect(statedRanges(1, figures).map((r) => text.slice(r.start, r.end))).toEqual(['eight', '30', '23']);
    expect(statedRanges(0, figures)).toEqual([]);
  });

  it('never overlap, so a quote is cut into runs cleanly', () => {
    expect(statedRanges(0, [{ stated: { quote: 0, start: 5, end: 9 } }, { stated: { quote: 0, start: 0, end: 6 } }])).toEqual([{ start: 0, end: 6 }]);
  });

  it('cuts a text into runs around the emphasised ranges, losing nothing', () => {
    const text = 'a total of 80 hostages and 240 prisoners';
    const runs = emphasise(text, [{ start: 11, end: 13 }, { start: 27, end: 30 }]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.emphasis).map((r) => r.text)).toEqual(['80', '240']);
    expect(emphasise('abc', [])).toEqual([{ text: 'abc', emphasis: false }]);
  });

  it('excerpts a few words either side of a number', () => {
    const text = quotes[1]!.text;
    expect(excerptAround(text, figures[0]!.stated!, 2)).toEqual({ before: '…has released ', match: 'eight', after: ' Israeli hostages,…' });
    const short = 'three people';
    expect(excerptAround(short, { start: 0, end: 5 })).toEqual({ before: '', match: 'three', after: ' people' });
  });
});
