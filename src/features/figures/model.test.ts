import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/schema/schema';
import { validateTimeline } from '../../shared/schema/validate';
import { defaultKinds } from '../../shared/schema/storyVocabulary';
import { barScale, figuresOverview, parentFigureIndex, type FigureSection } from './model';

const data: unknown = JSON.parse(readFileSync(new URL('../../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8'));
const result = validateTimeline(data);
if (!result.ok) throw new Error('the committed timeline is invalid');
const { events } = result.timeline;

const kinds = defaultKinds();
type Bars = Extract<FigureSection, { chart: 'bars' }>;
type Numbers = Extract<FigureSection, { chart: 'numbers' }>;
const bars = (sections: FigureSection[], heading: string) => sections.find((s): s is Bars => s.heading === heading && s.chart === 'bars');
const numbers = (sections: FigureSection[], heading: string) => sections.find((s): s is Numbers => s.heading === heading && s.chart === 'numbers');

describe('the figures of the seed story', () => {
  const overview = figuresOverview(events, kinds.figureGroups);
  const exchanges = bars(overview, 'Exchanges')?.groups ?? [];
  const casualties = numbers(overview, 'Casualties')?.groups ?? [];

  it('has the default set’s two sections, in order: exchanges as bars, casualties as numbers', () => {
    expect(overview.map((section) => [section.heading, section.chart])).toEqual([
      ['Exchanges', 'bars'],
      ['Casualties', 'numbers'],
    ]);
  });

  it('shows the latest release first, then the totals, each with its own bars', () => {
    expect(exchanges.map((g) => g.event.id)).toEqual(['latest-exchange', 'exchange-totals']);
    const [latest, totals] = exchanges;
    expect(latest?.bars.map((b) => [b.figure.value, b.figure.unit])).toEqual([
      [8, 'Israeli hostages'],
      [30, 'Palestinian prisoners'],
    ]);
    expect(latest?.bars[1]?.parts.map((p) => [p.figure.value, p.figure.unit])).toEqual([
      [23, 'minors'],
      [7, 'women'],
    ]);
    expect(totals?.bars.map((b) => [b.figure.value, b.figure.unit])).toEqual([
      [80, 'Israeli hostages'],
      [240, 'Palestinian prisoners'],
    ]);
  });

  it('keeps hostages and prisoners in separate series, breakdowns with their whole', () => {
    const [latest, totals] = exchanges;
    expect(latest?.bars.map((b) => b.series)).toEqual([0, 1]);
    expect(totals?.bars.map((b) => b.series)).toEqual([0, 1]);
    expect(latest?.bars[1]?.parts.map((p) => p.series)).toEqual([1, 1]);
  });

  it('lists the casualty figures with their qualifier and scope', () => {
    const figures = casualties.flatMap((g) => g.figures.map((f) => ({ ...f.figure, stated: undefined })));
    expect(figures).toEqual([
      { value: 240, unit: 'Palestinians', label: 'killed', qualifier: 'nearly', scope: 'in the West Bank, by Israeli soldiers or settlers', stated: undefined },
      { value: 3, unit: 'people', label: 'killed', scope: 'in the shooting in Jerusalem', stated: undefined },
    ]);
  });

  it('finds the quote that states every figure', () => {
    const refs = [...exchanges.flatMap((g) => g.bars.flatMap((b) => [b, ...b.parts])), ...casualties.flatMap((g) => g.figures)];
    expect(refs).toHaveLength(8);
    for (const ref of refs) expect(ref.quoteIndex, `${ref.eventId} ${ref.figure.value}`).toBeGreaterThanOrEqual(0);
  });

  it('draws every bar against the largest exchange value', () => {
    expect(bars(overview, 'Exchanges')?.maxValue).toBe(240);
  });
});

describe('figures from another story', () => {
  const event = (over: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'kind'>): TimelineEvent =>
    ({ title: over.id, start: '2024-03-01', dateBasis: 'stated', figures: [], quotes: [{ text: 'x', start: 0, end: 1 }], ...over });

  it('derives everything from the events it is given', () => {
    const overview = figuresOverview(
      [
        event({ id: 'swap', kind: 'exchange', figures: [{ value: 1200, unit: 'detainees', label: 'freed', stated: { quote: 0, start: 0, end: 5 } }], quotes: [{ text: '1,200 detainees', start: 0, end: 15 }] }),
        event({ id: 'flood', kind: 'casualties', figures: [{ value: 12, unit: 'people', label: 'died' }] }),
        event({ id: 'talks', kind: 'diplomacy', figures: [{ value: 2, unit: 'rounds', label: 'of talks' }] }),
      ],
      kinds.figureGroups,
    );
    const swaps = bars(overview, 'Exchanges');
    expect(swaps?.groups.map((g) => g.bars.map((b) => b.figure.value))).toEqual([[1200]]);
    expect(swaps?.groups[0]?.bars[0]?.quoteIndex).toBe(0);
    expect(numbers(overview, 'Casualties')?.groups.map((g) => g.event.id)).toEqual(['flood']);
    expect(numbers(overview, 'Casualties')?.groups[0]?.figures[0]?.quoteIndex).toBe(-1);
    expect(swaps?.maxValue).toBe(1200);
  });

  it('is empty when no event has such figures', () => {
    expect(figuresOverview([event({ id: 'a', kind: 'statement' })], kinds.figureGroups)).toEqual([]);
  });

  it('charts the figure groups a story declares: its kinds, only its units, bars on one scale per group', () => {
    const result = (id: string, votes: number, share: number) =>
      event({ id, kind: 'result', start: '2023-03-01', figures: [{ value: votes, unit: 'votes', label: `for ${id}` }, { value: share, unit: 'percent', label: `for ${id}` }] });
    const overview = figuresOverview(
      [result('tinubu', 8794726, 36.61), result('atiku', 6984520, 29.07), event({ id: 'turnout', kind: 'vote', start: '2023-02-25', figures: [{ value: 27, unit: 'percent', label: 'turnout' }] })],
      [
        { heading: 'Votes', kinds: ['result'], units: ['votes'], chart: 'bars' },
        { heading: 'Share of the vote', kinds: ['result'], units: ['Percent'], chart: 'bars' },
        { heading: 'Turnout', kinds: ['vote'], chart: 'numbers' },
        { heading: 'Nothing', kinds: ['protest'], chart: 'numbers' },
      ],
    );
    expect(overview.map((s) => s.heading)).toEqual(['Votes', 'Share of the vote', 'Turnout']);
    // Same day: the story's own order (the article's ranking), not the ids'.
    expect(bars(overview, 'Votes')?.groups.map((g) => g.bars.map((b) => b.figure.value))).toEqual([[8794726], [6984520]]);
    expect(bars(overview, 'Votes')?.maxValue).toBe(8794726);
    expect(bars(overview, 'Share of the vote')?.maxValue).toBe(36.61);
    expect(bars(overview, 'Share of the vote')?.groups[0]?.bars[0]?.figureIndex).toBe(1);
    expect(numbers(overview, 'Turnout')?.groups.map((g) => g.figures.map((f) => f.figure.value))).toEqual([[27]]);
  });
});

describe('breakdowns', () => {
  const whole = { value: 30, unit: 'Palestinian prisoners', label: 'released' };
  it('nests a figure "among the N <unit>" under the sibling with that exact value and unit', () => {
    expect(parentFigureIndex({ value: 23, unit: 'minors', label: 'released', scope: 'among the 30 Palestinian prisoners' }, [whole])).toBe(0);
  });

  it('nests nothing on a near miss', () => {
    expect(parentFigureIndex({ value: 23, unit: 'minors', label: 'released', scope: 'among the 31 Palestinian prisoners' }, [whole])).toBe(-1);
    expect(parentFigureIndex({ value: 23, unit: 'minors', label: 'released', scope: 'among the 30 prisoners' }, [whole])).toBe(-1);
    expect(parentFigureIndex({ value: 23, unit: 'minors', label: 'released', scope: 'in Gaza' }, [whole])).toBe(-1);
  });
});

describe('bar lengths', () => {
  it('are linear from zero, as a percentage of the largest value', () => {
    const scale = barScale(240);
    expect(scale(240)).toBe(100);
    expect(scale(80)).toBeCloseTo(33.333, 3);
    expect(scale(0)).toBe(0);
  });

  it('stay defined when every value is zero', () => {
    expect(barScale(0)(0)).toBe(0);
  });
});
