import { useCallback, useMemo } from 'react';
import type { KindTable } from '../../shared/schema/kinds';
import type { TimelineEvent } from '../../shared/schema/schema';
import { chartDomain, chartItems, fitToFrame } from './model/frame';
import { bandsHeight, groupRows, isTitledInView, lastingItems, layoutMarks, marksFor, placeBands, rowsAt } from './model/layout';
import { chartMetrics } from './model/metrics';
import { openingLayout } from './model/opening';
import { revealWindow, titledCheck } from './model/reveal';
import { viewScale } from './model/scale';
import { spanBars, type Span } from './model/spans';
import { placeBreaks } from './model/breakText';
import { placeTicks, timeTicks } from './model/ticks';

/** The axis labels' size. */
const AXIS_FONT_PX = 12;
import { windowFromChart } from './model/warp';
import { clampWindow, MIN_SPAN, type TimeWindow } from './model/window';

/**
 * Everything the chart draws for these events at this width and view, memoised in layers: the
 * items, the axis's breaks and the lanes change with the data; the first view and the lanes'
 * tracks with the width; and only the scale, the marks and the ticks with every zoom frame.
 * `view` is in real time, as the shell and the URL hold it; null is the first view, or for a link
 * to an event (`initialSelection`, the selection the chart was first drawn with) a view that titles it. Everything the
 * hook returns is in chart time (see `warp.ts`); `toReal` turns a chart-time window back.
 */
export function useChartLayout(events: readonly TimelineEvent[], kinds: KindTable, width: number, view: TimeWindow | null, initialSelection: string | null) {
  const metrics = useMemo(() => chartMetrics(width), [width]);
  const { items, warp } = useMemo(() => chartItems(events, kinds), [events, kinds]);
  const periods = useMemo(() => items.filter((item) => item.lane.periods), [items]);
  const domain = useMemo(() => chartDomain(items), [items]);
  const groups = useMemo(() => groupRows(items), [items]);
  const opening = useMemo(() => openingLayout(groups, domain, metrics), [groups, domain, metrics]);
  const bands = useMemo(() => placeBands(groups, opening.tracks, metrics), [groups, opening, metrics]);
  const rowsBottom = bandsHeight(bands);

  /** The view that shows event `id` as its own titled mark, starting from `from`. */
  const reveal = useCallback(
    (id: string, from: TimeWindow): TimeWindow => {
      const item = items.find((candidate) => candidate.id === id);
      if (!item) return from;
      const showsTitled = titledCheck(id, (window) => marksFor(bands, window, domain, metrics), (mark) => isTitledInView(mark, metrics));
      return revealWindow(item.anchor, from, { domain, minSpan: MIN_SPAN, showsTitled });
    },
    [items, bands, domain, metrics],
  );
  // With no view in the link, the first view; a link to an event opens on a view that titles it.
  const home = useMemo(() => (initialSelection ? reveal(initialSelection, opening.view) : opening.view), [initialSelection, reveal, opening]);

  const { start, end } = view ? fitToFrame(view, { warp, domain }) : clampWindow(home, domain, MIN_SPAN);
  const current = useMemo(() => ({ start, end }), [start, end]);
  const scale = useMemo(() => viewScale(current, domain, metrics.plotWidth), [current, domain, metrics]);
  const rows = useMemo(() => rowsAt(bands, scale, domain.end, metrics), [bands, scale, domain, metrics]);
  const marks = useMemo(() => layoutMarks(rows, scale, metrics), [rows, scale, metrics]);
  // Each event that lasts gets a bar through its own track.
  const spans = useMemo(() => {
    const list = rows.flatMap((row) => lastingItems(row.items).map((item): Span => ({ id: item.id, row, start: item.start, end: item.end })));
    return spanBars(list.sort((a, b) => a.start - b.start), scale, metrics.plotWidth, metrics.markSize / 2);
  }, [rows, scale, metrics]);
  const breaks = useMemo(() => placeBreaks(warp.breaks, scale, metrics.plotWidth, AXIS_FONT_PX), [warp, scale, metrics]);
  const ticks = useMemo(
    () =>
      placeTicks(
        timeTicks(current, metrics.plotWidth, warp),
        (time) => scale(warp.toChart(time)),
        metrics.plotWidth,
        AXIS_FONT_PX,
        8,
        breaks.flatMap((b) => (b.labelSpan ? [b.labelSpan] : [])),
      ),
    [current, scale, metrics, warp, breaks],
  );

  const toReal = useCallback((window: TimeWindow) => windowFromChart(warp, window), [warp]);

  return { toReal, reveal, home, metrics, items, warp, breaks, periods, spans, domain, opening, groups, bands, rows, rowsBottom, plotHeight: rowsBottom + metrics.axisHeight, current, scale, marks, ticks };
}
