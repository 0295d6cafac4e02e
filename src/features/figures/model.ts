import type { Figure, TimelineEvent } from '../../shared/schema/schema';
import { statedQuoteIndex } from '../../shared/article/figureQuotes';
import { sortByTime } from '../../shared/time/calendar';
import { linearScale } from '../../shared/scale/linear';

/**
 * The figures overview, derived from the data alone: exchanges (events of kind `exchange`) as
 * bars on one shared scale, and casualties (kinds `casualties` and `violence`) as numbers with
 * their qualifier and scope. Nothing here names this article, so another story works unchanged.
 */

/** One figure of one event, with the index of the quote that states it (-1 if none does). */
export interface FigureRef {
  eventId: string;
  figureIndex: number;
  figure: Figure;
  quoteIndex: number;
}

/** A bar of the exchange chart. `series` tells hostages from prisoners; `parts` are its breakdown. */
export interface ExchangeBar extends FigureRef {
  series: number;
  parts: ExchangeBar[];
}

/** The bars of one exchange event (a release, or totals over a period). */
export interface ExchangeGroup {
  event: TimelineEvent;
  bars: ExchangeBar[];
}

/** The casualty figures of one event. */
export interface CasualtyGroup {
  event: TimelineEvent;
  figures: FigureRef[];
}

export interface FiguresOverview {
  exchanges: ExchangeGroup[];
  casualties: CasualtyGroup[];
  /** The largest value on the exchange chart: every bar is drawn against it. */
  maxExchangeValue: number;
}

const CASUALTY_KINDS: ReadonlySet<TimelineEvent['kind']> = new Set(['casualties', 'violence']);

/** Latest first: the newest release leads, the running totals follow. */
const newestFirst = (events: readonly TimelineEvent[]) => sortByTime(events).reverse();

const AMONG = /^among the ([\d,]+(?:\.\d+)?) (.+)$/i;

/**
 * The figure this one breaks down, when its scope says so ("23 minors, among the 30 Palestinian
 * prisoners" is part of "30 Palestinian prisoners"): the index of the sibling with that value and
 * unit, or -1. Only an exact value and unit match counts, so nothing is nested by guesswork.
 */
export function parentFigureIndex(figure: Figure, siblings: readonly Figure[]): number {
  const match = figure.scope ? AMONG.exec(figure.scope.trim()) : null;
  if (!match) return -1;
  const value = Number((match[1] ?? '').replaceAll(',', ''));
  const unit = (match[2] ?? '').toLowerCase();
  return siblings.findIndex((other) => other !== figure && other.value === value && other.unit.toLowerCase() === unit);
}

function refsOf(event: TimelineEvent): FigureRef[] {
  return event.figures.map((figure, figureIndex) => ({
    eventId: event.id,
    figureIndex,
    figure,
    quoteIndex: statedQuoteIndex(figure),
  }));
}

/** Builds the overview from all events. */
export function figuresOverview(events: readonly TimelineEvent[]): FiguresOverview {
  const seriesOf = new Map<string, number>();
  const series = (unit: string) => {
    const key = unit.toLowerCase();
    if (!seriesOf.has(key)) seriesOf.set(key, seriesOf.size);
    return seriesOf.get(key) ?? 0;
  };

  const exchanges = newestFirst(events.filter((event) => event.kind === 'exchange' && event.figures.length > 0))
    .map((event) => {
      const refs = refsOf(event);
      const parents = refs.map((ref) => parentFigureIndex(ref.figure, event.figures));
      const bars: ExchangeBar[] = [];
      const byIndex = new Map<number, ExchangeBar>();
      refs.forEach((ref, index) => {
        if (parents[index] !== -1) return;
        const bar = { ...ref, series: series(ref.figure.unit), parts: [] };
        bars.push(bar);
        byIndex.set(index, bar);
      });
      refs.forEach((ref, index) => {
        const parent = byIndex.get(parents[index] ?? -1);
        if (parent) parent.parts.push({ ...ref, series: parent.series, parts: [] });
      });
      return { event, bars };
    });

  const casualties = newestFirst(events.filter((event) => CASUALTY_KINDS.has(event.kind) && event.figures.length > 0))
    .map((event) => ({ event, figures: refsOf(event) }));

  const values = exchanges.flatMap((group) => group.bars.flatMap((bar) => [bar.figure.value, ...bar.parts.map((p) => p.figure.value)]));
  return { exchanges, casualties, maxExchangeValue: values.reduce((max, value) => Math.max(max, value), 0) };
}

/**
 * Bar length as a percentage of the chart's width, on one linear scale from zero for every bar,
 * so lengths compare honestly; each bar still carries its own number and unit.
 */
export function barScale(maxValue: number): (value: number) => number {
  const scale = linearScale([0, maxValue > 0 ? maxValue : 1], [0, 100]);
  return (value) => Math.min(100, Math.max(0, scale(value)));
}
