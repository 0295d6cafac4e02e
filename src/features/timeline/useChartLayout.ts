import { useMemo } from 'react';
import type { TimelineEvent } from '../data/schema';
import { buildItems } from './items';
import { groupRows, layoutMarks, placeRows, rowsHeight } from './layout';
import { chartMetrics } from './metrics';
import { viewScale } from './scale';
import { spanBars, type Span } from './spans';
import { placeTicks, timeTicks } from './ticks';
import { clampWindow, DAY, MIN_SPAN, storyDomain, type TimeWindow } from './window';

/**
 * Everything the chart draws for these events at this width and view, memoised in layers: the
 * items and rows change with the data, the metrics with the width, and only the scale, the
 * marks and the ticks with every zoom frame.
 */
export function useChartLayout(events: readonly TimelineEvent[], width: number, view: TimeWindow | null) {
  const metrics = useMemo(() => chartMetrics(width), [width]);
  const items = useMemo(() => buildItems(events), [events]);
  const periods = useMemo(() => items.filter((item) => item.lane === 'periods'), [items]);
  // Events lasting more than a day get a bar for their span; found once, not per frame.
  const longEvents = useMemo(() => items.filter((item) => item.lane !== 'periods' && item.end - item.start > DAY), [items]);
  const domain = useMemo(() => storyDomain(items), [items]);
  const groups = useMemo(() => groupRows(items), [items]);
  const rowKeyOf = useMemo(() => new Map(groups.flatMap((group) => group.items.map((item) => [item.id, group.key] as const))), [groups]);
  const rows = useMemo(() => placeRows(groups, metrics), [groups, metrics]);
  const longSpans = useMemo(() => {
    const rowOf = new Map(rows.map((row) => [row.key, row]));
    return longEvents
      .flatMap((item): Span[] => {
        const row = rowOf.get(rowKeyOf.get(item.id) ?? '');
        return row ? [{ id: item.id, row, start: item.start, end: item.end }] : [];
      })
      .sort((a, b) => a.start - b.start);
  }, [longEvents, rows, rowKeyOf]);
  const rowsBottom = rowsHeight(rows);

  const { start, end } = clampWindow(view ?? domain, domain, MIN_SPAN);
  const current = useMemo(() => ({ start, end }), [start, end]);
  const scale = useMemo(() => viewScale(current, domain, metrics.plotWidth), [current, domain, metrics]);
  const marks = useMemo(() => layoutMarks(rows, scale, metrics), [rows, scale, metrics]);
  const spans = useMemo(() => spanBars(longSpans, scale, metrics.plotWidth, metrics.markSize / 2), [longSpans, scale, metrics]);
  const ticks = useMemo(() => placeTicks(timeTicks(current, metrics.plotWidth), scale, metrics.plotWidth, 12), [current, scale, metrics]);

  return { metrics, items, periods, spans, domain, groups, rows, rowsBottom, plotHeight: rowsBottom + metrics.axisHeight, current, scale, marks, ticks };
}
