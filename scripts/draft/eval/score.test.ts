import { describe, expect, it } from 'vitest';
import { rightDate, scoreArticle, type Fact, type FactFile, saysNothing } from './score.ts';

const TEXT = 'The bridge fell on Sunday, killing 12 people. Repairs began in March. Officials met.';
const fact = (f: Partial<Fact> & Pick<Fact, 'id' | 'quote'>): Fact => ({ title: f.id, date: null, dateBasis: 'inferred', figures: [], ...f });
const FILE: FactFile = {
  article: 'x.txt',
  kind: 'test',
  published: '2025-03-05',
  facts: [
    fact({ id: 'fall', quote: 'The bridge fell on Sunday', date: '2025-03-02', figures: [{ value: 12, unit: 'people', label: 'killed' }] }),
    fact({ id: 'repairs', quote: 'Repairs began in March', date: '2025-03', precision: 'month' }),
  ],
};
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('scoring a draft against a fact list', () => {
  it('recalls a fact quoted with the right date and every figure', () => {
    const score = scoreArticle(TEXT, FILE, [
      { quotes: [span('The bridge fell on Sunday, killing 12 people.')], start: '2025-03-02', figures: [12] },
      { quotes: [span('Repairs began in March.')], start: '2025-03-01', figures: [] },
    ]);
    expect(score.recalled).toBe(2);
    expect(score.kept).toBe(2);
  });

  it('does not recall a fact with a wrong date or a missing figure, but keeps the proposal', () => {
    const score = scoreArticle(TEXT, FILE, [
      { quotes: [span('The bridge fell on Sunday, killing 12 people.')], start: '2025-03-09', figures: [12] },
      { quotes: [span('Repairs began in March.')], start: '2025-03-01', figures: [] },
      { quotes: [span('The bridge fell on Sunday, killing 12 people.')], start: '2025-03-02', figures: [] },
    ]);
    expect(score.facts.map((f) => f.miss)).toEqual(['figures: missing 12', undefined]);
    // The third proposal quotes the same fact as the first: a duplicate, not kept.
    expect([score.kept, score.keptRight, score.unkept]).toEqual([2, 1, [2]]);
  });

  it('does not keep a proposal that quotes no fact, nor count a quote covering less than half of one', () => {
    const score = scoreArticle(TEXT, FILE, [
      { quotes: [span('Officials met.')], start: '2025-03-05', figures: [] },
      { quotes: [span('Sunday')], start: '2025-03-02', figures: [] },
    ]);
    expect(score.kept).toBe(0);
    expect(score.facts[0]?.miss).toBe('not quoted by any proposal');
  });

  it('checks a date to the fact’s precision, and an undated fact against its bounds', () => {
    expect(rightDate(fact({ id: 'm', quote: 'x', date: '2014-03', precision: 'month' }), '2014-03-31')).toBe(true);
    expect(rightDate(fact({ id: 'y', quote: 'x', date: '2016', precision: 'year' }), '2015-12-31')).toBe(false);
    expect(rightDate(fact({ id: 'b', quote: 'x', notBefore: '2010-11-19', notAfter: '2010-11-24' }), '2010-11-25')).toBe(false);
    expect(rightDate(fact({ id: 'b', quote: 'x', notBefore: '2016', notAfter: '2019-09-30' }), '2016-05-01')).toBe(true);
    expect(rightDate(fact({ id: 'n', quote: 'x' }), '')).toBe(false);
  });

  it('refuses a fact whose quote is not in the article once', () => {
    expect(() => scoreArticle(TEXT, { ...FILE, facts: [fact({ id: 'z', quote: 'not there' })] }, [])).toThrow(/not in the article/);
  });
});

describe('a figure label that says nothing', () => {
  it('is a joining word at either end, a piece of a number or the unit again', () => {
    expect(['with', 'hours on', '000ft to', 'planes', 'count', '-year mission'].map((l) => saysNothing(l, l === 'planes' ? 'planes' : 'hours'))).toEqual([true, true, true, true, true, true]);
    expect(['on board', 'in the Thames Valley', 'ground speed', 'Tinubu received', 'death toll, before'].map((l) => saysNothing(l, 'people'))).toEqual([false, false, false, false, false]);
  });
});
