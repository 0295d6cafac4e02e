import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/shared/text/numbers';
import { checkFigure, figureCheck, unitOf, withUnit } from './figures';
import type { AuthoredFigure } from './authoring';

const figure = (value: number, unit: string, extra: Partial<AuthoredFigure> = {}): AuthoredFigure => ({ value, unit, label: 'test', ...extra });

describe('a figure checked against its words', () => {
  it('accepts large numbers as newsrooms write them', () => {
    expect(checkFigure(figure(1_100_000, 'people'), ['leaving 1.1 million people without power'])).toEqual([]);
    expect(checkFigure(figure(3_400_000, 'homes'), ['3.4 million homes'])).toEqual([]);
    expect(checkFigure(figure(1_100_000, 'customers'), ['1.1M customers'])).toEqual([]);
    expect(checkFigure(figure(1_700_000_000, 'US dollars'), ['agreed to pay $1.7 billion'])).toEqual([]);
    expect(checkFigure(figure(12, 'boys'), ['a dozen boys'])).toEqual([]);
    expect(checkFigure(figure(0.5, 'of the budget'), ['half of the budget'])).toEqual([]);
    expect(checkFigure(figure(7, 'days'), ['spent a week in hospital'])).toEqual([]);
    expect(checkFigure(figure(3.4, '%'), ['rose 3.4 percent'])).toEqual([]);
  });

  it('says which numbers the quotes do state when the value is not one of them', () => {
    expect(checkFigure(figure(1_100_000, 'people'), ['about 1.2 million people and 40 buses'])).toEqual([
      'figure 1,100,000 people (test) is not stated in any of its quotes (they state "1.2 million", "40")',
    ]);
  });

  it('does not take a time of day for a number', () => {
    expect(checkFigure(figure(10, 'minutes'), ['found at 9:10 a.m.'])).toEqual(['figure 10 minutes (test) is not stated in any of its quotes']);
  });

  it('holds the unit the words give: a percentage, a currency, days for a week', () => {
    expect(checkFigure(figure(40, 'people'), ['40% of voters'])).toEqual([
      'figure 40 people (test): "40%" is a percentage, but the figure\'s unit is "people"',
    ]);
    expect(checkFigure(figure(5, 'US dollars'), ['€5 fine'])).toEqual([
      'figure 5 US dollars (test): "€5" is an amount in EUR, but the figure\'s unit is "US dollars"',
    ]);
    expect(checkFigure(figure(7, 'people'), ['a week later'])).toEqual([
      'figure 7 people (test): "a week" is 7 days, but the figure\'s unit is "people"',
    ]);
    expect(checkFigure(figure(40, '%'), ['40 voters'])).toEqual(['figure 40 % (test): the figure\'s unit "%" is not what "40" says']);
  });

  it('requires the hedge the words put beside the number', () => {
    // "about 11 hours" with the "about" dropped.
    expect(checkFigure(figure(11, 'hours'), ['The operation took about 11 hours to complete.'])).toEqual([
      'figure 11 hours (test): the quote says "…operation took about 11 hours to…"; add qualifier: about (the figure must carry the article\'s hedge)',
    ]);
    expect(checkFigure(figure(11, 'hours', { qualifier: 'about' }), ['The operation took about 11 hours to complete.'])).toEqual([]);
    for (const [hedge, words] of [['nearly', 'nearly 240 people'], ['more than', 'more than 240 people'], ['at least', 'at least 240 people'], ['up to', 'up to 240 people'], ['some', 'some 240 people'], ['over', 'Over 2,000 residents'], ['under', 'under 240 people']]) {
      const value = words!.includes('2,000') ? 2000 : 240;
      expect(checkFigure(figure(value, 'people'), [words!])).toEqual([expect.stringContaining(`add qualifier: ${hedge}`)]);
      expect(checkFigure(figure(value, 'people', { qualifier: hedge! }), [words!])).toEqual([]);
    }
  });

  it('refuses a qualifier the words do not put next to the number', () => {
    expect(checkFigure(figure(25, 'years', { qualifier: 'nearly' }), ['a 25-year-old man was sentenced'])).toEqual([
      'figure 25 years (test): qualifier "nearly" is not next to the number in its quotes, which say "a 25-year-old man was…"',
    ]);
    expect(checkFigure(figure(240, 'people', { qualifier: 'about' }), ['nearly 240 people'])).toEqual([
      'figure 240 people (test): qualifier "about" does not match the quote, which says "nearly 240 people" (qualifier: nearly)',
    ]);
  });

  it('is satisfied by any one mention that fits, hedged or not as the figure is', () => {
    expect(checkFigure(figure(240, 'people'), ['nearly 240 people', 'a total of 240 people'])).toEqual([]);
    expect(checkFigure(figure(80, 'hostages'), ['a total of 80 Israeli hostages and 240 Palestinian prisoners'])).toEqual([]);
  });

  it('names currencies and percentages from the unit an editor writes', () => {
    expect(unitOf('US dollars')).toBe('USD');
    expect(unitOf('$')).toBe('USD');
    expect(unitOf('%')).toBe('percent');
    expect(unitOf('per cent')).toBe('percent');
    expect(unitOf('people')).toBeUndefined();
  });

  it('reads the currency or percentage around a number', () => {
    const unit = (text: string) => {
      const [m] = findNumbers(text);
      if (!m) throw new Error(`no number in ${text}`);
      const found = withUnit(text, m);
      return [found.text, found.unit];
    };
    expect(unit('agreed to pay $1.7 billion in damages')).toEqual(['$1.7 billion', 'USD']);
    expect(unit('a €5 million fine')).toEqual(['€5 million', 'EUR']);
    expect(unit('£300,000 fine')).toEqual(['£300,000', 'GBP']);
    expect(unit('US$3bn')).toEqual(['US$3bn', 'USD']);
    expect(unit('worth GBP 355 million')).toEqual(['GBP 355 million', 'GBP']);
    expect(unit('a USD 5,000 grant')).toEqual(['USD 5,000', 'USD']);
    expect(unit('the XGBP 5 code')).toEqual(['5', undefined]);
    expect(unit('2 million dollars')).toEqual(['2 million dollars', 'USD']);
    expect(unit('up 3.4 percent')).toEqual(['3.4 percent', 'percent']);
    expect(unit('40% of voters')).toEqual(['40%', 'percent']);
    expect(unit('61.5 per cent')).toEqual(['61.5 per cent', 'percent']);
    expect(unit('40 voters')).toEqual(['40', undefined]);
  });
});

describe('a figure in an article not in English', () => {
  it('is found in digits of the article’s script, pointing at them', () => {
    const quote = 'أفرجت حماس عن ٢٤٠ أسيرًا';
    const check = figureCheck({ value: 240, unit: 'أسرى', label: 'أفرج عنهم' }, [quote], 'ar');
    expect(check.problems).toEqual([]);
    expect(check.stated && quote.slice(check.stated.start, check.stated.end)).toBe('٢٤٠');
  });

  it('says that number words are read in English only when it finds nothing', () => {
    const [problem] = figureCheck({ value: 200, unit: 'prisonniers', label: 'libérés' }, ['deux cents prisonniers ont été libérés'], 'fr').problems;
    expect(problem).toMatch(/is not stated in any of its quotes; numbers are read in digits of any script, but number words only in English, so a number this French article writes in words is not seen/);
    const [english] = figureCheck({ value: 200, unit: 'prisoners', label: 'released' }, ['some prisoners were released'], 'en').problems;
    expect(english).not.toMatch(/only in English/);
  });
});
