import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChartModel } from './model/chart';
import { chartDomain, chartView, type ChartBasis } from './model/frame';
import { bandsHeight, groupRows, isTitledInView, lastingItems, layoutMarks, marksFor, placeBands, rowsAt } from './model/layout';
import { chartMetrics } from './model/metrics';
import { openingLayout } from './model/opening';
import { revealWindow, titledCheck } from './model/reveal';
import { viewScale } from './model/scale';
import { spanBars, type Span } from './model/spans';
import { placeBreaks } from './model/breakText';
import { placeTicks, timeTicks } from './model/ticks';
import type { ViewContext } from './model/view';
import { windowFromChart } from './model/warp';
import { MIN_SPAN, sameWindow, spanOf, type TimeWindow } from './model/window';
import type { ViewStore } from './viewStore';

/** The axis labels' size. */
const AXIS_FONT_PX = 12;

/**
 * The chart's model for the story's items (`chartItems`) at this width, drawing the view `store` holds, memoised in
 * layers: the items, the axis's breaks and the lanes change with the data; the first view and the
 * lanes' tracks with the width; and only the scale, the marks and the ticks with every zoom frame.
 * The store holds real time, as the shell and the URL do; null is the first view, or for a link to
 * an event (`initialSelection`, the selection the chart was first drawn with) a view that titles
 * it. The model is in chart time (see `model/warp.ts`).
 */
export function useChartLayout({ items, warp }: ChartBasis, width: number, lang: string, store: ViewStore, initialSelection: string | null): ChartModel {
  const metrics = useMemo(() => chartMetrics(width, lang), [width, lang]);
  const periods = useMemo(() => items.filter((item) => item.lane.periods), [items]);
  const domain = useMemo(() => chartDomain(items), [items]);
  const frame = useMemo(() => ({ warp, domain }), [warp, domain]);
  const groups = useMemo(() => groupRows(items), [items]);
  const opening = useMemo(() => openingLayout(groups, domain, metrics), [groups, domain, metrics]);
  const bands = useMemo(() => placeBands(groups, opening.tracks, metrics), [groups, opening, metrics]);
  const rowsBottom = bandsHeight(bands);

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
  const context = useMemo<ViewContext>(() => ({ domain, minSpan: MIN_SPAN, home, width: metrics.plotWidth, reveal }), [domain, home, metrics, reveal]);

  const stored = useLiveView(store);
  const view = useMemo(() => chartView(stored, frame, home), [stored, frame, home]);
  const realView = useMemo(() => windowFromChart(warp, view), [warp, view]);
  const scale = useMemo(() => viewScale(view, domain, metrics.plotWidth), [view, domain, metrics]);
  const rows = useMemo(() => rowsAt(bands, scale, domain.end, metrics), [bands, scale, domain, metrics]);
  const marks = useMemo(() => layoutMarks(rows, scale, metrics), [rows, scale, metrics]);
  // Each event that lasts gets a bar through its own track.
  const spans = useMemo(() => {
    const list = rows.flatMap((row) => lastingItems(row.items).map((item): Span => ({ id: item.id, row, start: item.start, end: item.end })));
    return spanBars(list.sort((a, b) => a.start - b.start), scale, metrics.plotWidth, metrics.markSize / 2);
  }, [rows, scale, metrics]);
  const breaks = useMemo(() => placeBreaks(warp.breaks, scale, metrics.plotWidth, AXIS_FONT_PX, metrics.lang), [warp, scale, metrics]);
  const ticks = useMemo(
    () =>
      placeTicks(
        timeTicks(view, metrics.plotWidth, warp, metrics.lang),
        (time) => scale(warp.toChart(time)),
        metrics.plotWidth,
        AXIS_FONT_PX,
        8,
        breaks.flatMap((b) => (b.labelSpan ? [b.labelSpan] : [])),
      ),
    [view, scale, metrics, warp, breaks],
  );

  return {
    metrics,
    items,
    periods,
    frame,
    warp,
    domain,
    opening,
    home,
    reveal,
    context,
    groups,
    bands,
    rowsBottom,
    plotHeight: rowsBottom + metrics.axisHeight,
    view,
    realView,
    canZoomIn: spanOf(view) > MIN_SPAN * 1.001,
    canZoomOut: spanOf(view) < spanOf(domain) * 0.999,
    canReset: !sameWindow(view, opening.view),
    scale,
    rows,
    marks,
    spans,
    breaks,
    ticks,
  };
}

/**
 * The live view, read where it is held; the chart draws again whenever it changes. Not
 * `useSyncExternalStore`: its updates render at once, inside the frame a gesture step lands in, and
 * at 10,000 events that render plus the frame's paint overran the frame. As React state set from
 * the store's frame callback, a step renders in a task of its own, as the shell's state did before
 * the store (`npm run bench`: zoom frames at 10,000 events).
 */
function useLiveView(store: ViewStore) {
  const [view, setView] = useState(store.get);
  // Nothing changes the view between this render and the subscription: only the chart's own
  // handlers and the shell's, which run after it, do.
  useEffect(() => store.subscribe(() => setView(store.get)), [store]);
  return view;
}
