import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/schema/schema';
import { validateTimeline } from '../../shared/schema/validate';
import { barScale, figuresOverview, parentFigureIndex } from './model';

const data: unknown = JSON.parse(readFileSync(new URL('../../../public/data/timeline.json', import.meta.url), 'utf8'));
const result = validateTimeline(data);
if (!result.ok) throw new Error('the committed timeline is invalid');
const { events } = result.timeline;

describe('the figures of the seed story', () => {
  const overview = figuresOverview(events);

  it('shows the latest release first, then the totals, each with its own bars', () => {
    expect(overview.exchanges.map((g) => g.event.id)).toEqual(['latest-exchange', 'exchange-totals']);
    const [latest, totals] = overview.exchanges;
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
    const [latest, totals] = overview.exchanges;
    expect(latest?.bars.map((b) => b.series)).toEqual([0, 1]);
    expect(totals?.bars.map((b) => b.series)).toEqual([0, 1]);
    expect(latest?.bars[1]?.parts.map((p) => p.series)).toEqual([1, 1]);
  });

  it('lists the casualty figures with their qualifier and scope', () => {
    const figures = overview.casualties.flatMap((g) => g.figures.map((f) => ({ ...f.figure, stated: undefined })));
    expect(figures).toEqual([
      { value: 240, unit: 'Palestinians', label: 'killed', qualifier: 'nearly', scope: 'in the West Bank, by Israeli soldiers or settlers', stated: undefined },
      { value: 3, unit: 'people', label: 'killed', scope: 'in the shooting in Jerusalem', stated: undefined },
    ]);
  });

  it('finds the quote that states every figure', () => {
    const refs = [
      ...overview.exchanges.flatMap((g) => g.bars.flatMap((b) => [b, ...b.parts])),
      ...overview.casualties.flatMap((g) => g.figures),
    ];
    expect(refs).toHaveLength(8);
    for (const ref of refs) expect(ref.quoteIndex, `${ref.eventId} ${ref.figure.value}`).toBeGreaterThanOrEqual(0);
  });

  it('draws every bar against the largest exchange value', () => {
    expect(overview.maxExchangeValue).toBe(240);
  });
});

describe('figures from another story', () => {
  const event = (over: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'kind'>): TimelineEvent =>
    ({ title: over.id, start: '2024-03-01', dateBasis: 'stated', figures: [], quotes: [{ text: 'x', start: 0, end: 1 }], ...over }) as TimelineEvent;

  it('derives everything from the events it is given', () => {
    const overview = figuresOverview([
      event({ id: 'swap', kind: 'exchange', figures: [{ value: 1200, unit: 'detainees', label: 'freed', stated: { quote: 0, start: 0, end: 5 } }], quotes: [{ text: '1,200 detainees', start: 0, end: 15 }] }),
      event({ id: 'flood', kind: 'casualties', figures: [{ value: 12, unit: 'people', label: 'died' }] }),
      event({ id: 'talks', kind: 'diplomacy', figures: [{ value: 2, unit: 'rounds', label: 'of talks' }] }),
    ]);
    expect(overview.exchanges.map((g) => g.bars.map((b) => b.figure.value))).toEqual([[1200]]);
    expect(overview.exchanges[0]?.bars[0]?.quoteIndex).toBe(0);
    expect(overview.casualties.map((g) => g.event.id)).toEqual(['flood']);
    expect(overview.casualties[0]?.figures[0]?.quoteIndex).toBe(-1);
    expect(overview.maxExchangeValue).toBe(1200);
  });

  it('is empty when no event has such figures', () => {
    expect(figuresOverview([event({ id: 'a', kind: 'statement' })])).toEqual({ exchanges: [], casualties: [], maxExchangeValue: 0 });
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
