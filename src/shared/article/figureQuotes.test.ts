import { describe, expect, it } from 'vitest';
import { emphasise, excerptAround, quoteStatingValue, valueMentions } from './figureQuotes';

const quotes = [
  { text: 'As the latest group of Israeli hostages was released in exchange for Palestinian prisoners' },
  { text: 'Hamas has released eight Israeli hostages, including nationals from Mexico, Russia, and Uruguay, while Israel has released 30 Palestinian prisoners, including 23 minors and seven women.' },
];

describe('the words that state a figure', () => {
  it('finds the quote that states a value in digits or in words', () => {
    expect(quoteStatingValue(8, quotes)).toBe(1);
    expect(quoteStatingValue(30, quotes)).toBe(1);
    expect(quoteStatingValue(7, quotes)).toBe(1);
    expect(quoteStatingValue(5, quotes)).toBe(-1);
  });

  it('finds where a quote states each value', () => {
    const text = quotes[1]!.text;
    const found = valueMentions(text, [8, 23, 7]).map((r) => text.slice(r.start, r.end));
    expect(found).toEqual(['eight', '23', 'seven']);
  });

  it('does not read part of a number as a value', () => {
    expect(valueMentions('nearly 240 Palestinians', [24, 40])).toEqual([]);
  });

  it('cuts a text into runs around the emphasised ranges, losing nothing', () => {
    const text = 'a total of 80 hostages and 240 prisoners';
    const runs = emphasise(text, valueMentions(text, [80, 240]));
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.emphasis).map((r) => r.text)).toEqual(['80', '240']);
    expect(emphasise('abc', [])).toEqual([{ text: 'abc', emphasis: false }]);
  });

  it('excerpts a few words either side of a number', () => {
    const text = quotes[1]!.text;
    const [eight] = valueMentions(text, [8]);
    expect(excerptAround(text, eight!, 2)).toEqual({ before: '…has released ', match: 'eight', after: ' Israeli hostages,…' });
    const short = 'three people';
    expect(excerptAround(short, { start: 0, end: 5 })).toEqual({ before: '', match: 'three', after: ' people' });
  });
});
