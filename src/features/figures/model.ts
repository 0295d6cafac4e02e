import type { Figure, FigureGroup, TimelineEvent } from '../../shared/schema/schema';
import { statedQuoteIndex } from '../../shared/article/figureQuotes';
import { endInstant, toInstant } from '../../shared/time/calendar';

/**
 * The figures overview, derived from the data alone: one section per figure group the story's
 * vocabulary declares (the truce story's exchanges as bars on one shared scale, its casualties as
 * numbers with their qualifier and scope). Nothing here names any story's kinds.
 */

/** One figure of one event, with the index of the quote that states it (-1 if none does). */
export interface FigureRef {
  eventId: string;
  figureIndex: number;
  figure: Figure;
  quoteIndex: number;
}

/** A bar of a bar chart. `series` tells one unit from another (hostages, prisoners); `parts` are its breakdown. */
export interface FigureBar extends FigureRef {
  series: number;
  parts: FigureBar[];
}

/** The bars of one event (a release, or totals over a period). */
export interface BarGroup {
  event: TimelineEvent;
  bars: FigureBar[];
}

/** The figures of one event, shown as numbers. */
export interface NumberGroup {
  event: TimelineEvent;
  figures: FigureRef[];
}

/** One figure group of the vocabulary as the page shows it: its heading and its events' figures. */
export type FigureSection =
  | { heading: string; chart: 'bars'; groups: BarGroup[]; /** The largest value: every bar is drawn against it. */ maxValue: number }
  | { heading: string; chart: 'numbers'; groups: NumberGroup[] };

/**
 * Latest first: the newest release leads, the running totals follow. Events of the same time keep
 * the order the story gives them (an election's candidates, in the order the article ranks them).
 */
function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index, start: toInstant(event.start), end: endInstant(event.start, event.end) }))
    .sort((a, b) => b.start - a.start || b.end - a.end || a.index - b.index)
    .map(({ event }) => event);
}

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

function refsOf(event: TimelineEvent, units: ReadonlySet<string> | null): FigureRef[] {
  return event.figures.flatMap((figure, figureIndex) =>
    units && !units.has(figure.unit.toLowerCase()) ? [] : [{ eventId: event.id, figureIndex, figure, quoteIndex: statedQuoteIndex(figure) }],
  );
}

/** An event's figures as bars, each breakdown ("23 minors, among the 30 …") under its whole. */
function barsOf(refs: readonly FigureRef[], series: (unit: string) => number): FigureBar[] {
  const kept = refs.map((ref) => ref.figure);
  const parents = refs.map((ref) => parentFigureIndex(ref.figure, kept));
  const bars: FigureBar[] = [];
  const byIndex = new Map<number, FigureBar>();
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
  return bars;
}

/** One section of the overview per figure group, in the vocabulary's order; a group no event has figures for is left out. */
export function figuresOverview(events: readonly TimelineEvent[], figureGroups: readonly FigureGroup[]): FigureSection[] {
  return figureGroups.flatMap((group): FigureSection[] => {
    const kinds = new Set(group.kinds);
    const units = group.units ? new Set(group.units.map((unit) => unit.toLowerCase())) : null;
    const withFigures = newestFirst(events.filter((event) => kinds.has(event.kind)))
      .map((event) => ({ event, refs: refsOf(event, units) }))
      .filter(({ refs }) => refs.length > 0);
    if (withFigures.length === 0) return [];
    if (group.chart === 'numbers') return [{ heading: group.heading, chart: 'numbers', groups: withFigures.map(({ event, refs }) => ({ event, figures: refs })) }];
    const seriesOf = new Map<string, number>();
    const series = (unit: string) => {
      const key = unit.toLowerCase();
      if (!seriesOf.has(key)) seriesOf.set(key, seriesOf.size);
      return seriesOf.get(key) ?? 0;
    };
    const groups = withFigures.map(({ event, refs }) => ({ event, bars: barsOf(refs, series) }));
    const values = groups.flatMap((g) => g.bars.flatMap((bar) => [bar.figure.value, ...bar.parts.map((p) => p.figure.value)]));
    return [{ heading: group.heading, chart: 'bars', groups, maxValue: values.reduce((max, value) => Math.max(max, value), 0) }];
  });
}

/**
 * Bar length as a percentage of the chart's width, on one linear scale from zero for every bar,
 * so lengths compare honestly; each bar still carries its own number and unit.
 */
export function barScale(maxValue: number): (value: number) => number {
  const max = maxValue > 0 ? maxValue : 1;
  return (value) => Math.min(100, Math.max(0, (value / max) * 100));
}
