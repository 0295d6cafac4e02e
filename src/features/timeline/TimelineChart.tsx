import { useCallback, useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Story, TimelineEvent } from '../data/schema';
import { formatDateRange } from '../../shared/time/calendar';
import { Axis } from './Axis';
import { ClusterList } from './ClusterList';
import { clusterZoomWindow } from './clusters';
import { EventMarks } from './EventMarks';
import { HoverCard } from './HoverCard';
import { navigate, intentForKey } from './keyboard';
import { LaneNames } from './LaneNames';
import { LaneStripes } from './LaneStripes';
import { markIds, navStops, type ChartMark } from './layout';
import { OverviewStrip } from './OverviewStrip';
import { PeriodBands } from './PeriodBands';
import { SpanBars } from './SpanBars';
import { formatViewRange } from './ticks';
import { useChartLayout } from './useChartLayout';
import { useContainerWidth } from './useContainerWidth';
import { useZoom } from './useZoom';
import { ZoomControls } from './ZoomControls';
import { centreOf, centreWindowOn, DAY, MIN_SPAN, sameWindow, spanOf, windowContains, zoomWindow, type TimeWindow } from './window';
import './timeline.css';

export interface TimelineChartProps {
  /** The story's events, as validated. */
  events: readonly TimelineEvent[];
  /** The story, for the caption naming the source. */
  story: Story;
  /** The event the shell has selected, or null. */
  selectedId: string | null;
  /** Asks the shell to select an event. */
  onSelect: (id: string) => void;
  /** The stretch of time to show; null shows the whole story. */
  view: TimeWindow | null;
  /** Reports the view a gesture, a key or a button moved to. */
  onViewChange: (view: TimeWindow) => void;
}

type Cluster = Extract<ChartMark, { kind: 'cluster' }>;

/**
 * The zoomable timeline: truce periods as bands, events as marks in lanes by kind, clusters
 * where labels do not fit, an axis that adapts to the zoom, an overview of the whole story,
 * and zoom by gesture, button or key. Pure modules compute the layout; this component and its
 * children only draw it. The view and the selection belong to the shell.
 */
export function TimelineChart({ events, story, selectedId, onSelect, view, onViewChange }: TimelineChartProps) {
  const figureRef = useRef<HTMLElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const width = useContainerWidth(figureRef);
  const { metrics, items, periods, longEvents, domain, groups, rowKeyOf, rows, rowsBottom, plotHeight, current, scale, marks, ticks } = useChartLayout(events, width, view);
  const zoom = useZoom({ surfaceRef, domain, plotWidth: metrics.plotWidth, plotHeight, view: current, minSpan: MIN_SPAN, onViewChange });
  const canZoomIn = spanOf(current) > MIN_SPAN * 1.001;
  const canZoomOut = spanOf(current) < spanOf(domain) * 0.999;

  // The mark keyboard focus is on (or going to); a cluster is named by its first event.
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [openList, setOpenList] = useState<{ key: string; byKeyboard: boolean } | null>(null);
  const keyboardNav = useRef(false);
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A selection made elsewhere (the list, later the URL) becomes where keyboard focus starts.
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (seenSelection !== selectedId) {
    setSeenSelection(selectedId);
    if (selectedId) setActiveId(selectedId);
  }

  const markFor = (id: string | null) => (id === null ? undefined : marks.find((mark) => markIds(mark).includes(id)));
  const firstInTime = marks.reduce<ChartMark | undefined>((best, mark) => (!best || mark.x < best.x ? mark : best), undefined);
  const tabStopKey = (markFor(activeId) ?? markFor(selectedId) ?? firstInTime)?.key ?? null;

  const onMarkKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, mark: ChartMark) => {
      if (event.key === 'Escape') {
        setHoverKey(null);
        setFocusKey(null);
        setOpenList(null);
        return;
      }
      const intent = intentForKey(event.key);
      if (!intent || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const stops = navStops(rows, marks, scale, metrics);
      const next = navigate({ activeId: markIds(mark)[0] ?? null, view: current }, intent, { stops, domain, minSpan: MIN_SPAN });
      keyboardNav.current = true;
      setActiveId(next.activeId);
      if (!sameWindow(next.view, current)) zoom.animateTo(next.view);
    },
    [rows, marks, scale, metrics, current, domain, zoom],
  );

  const onActivateCluster = useCallback(
    (mark: Cluster, byKeyboard: boolean) => {
      keyboardNav.current = byKeyboard;
      setActiveId(mark.items[0]?.id ?? null);
      if (canZoomIn) {
        zoom.animateTo(clusterZoomWindow(mark.items.map((item) => item.anchor), current, domain, MIN_SPAN));
      } else {
        setOpenList((open) => (open?.key === mark.key ? null : { key: mark.key, byKeyboard }));
      }
    },
    [canZoomIn, current, domain, zoom],
  );

  const select = useCallback(
    (id: string) => {
      setActiveId(id);
      setOpenList(null);
      onSelect(id);
    },
    [onSelect],
  );

  const onHover = useCallback((key: string | null) => {
    if (hoverTimer.current) clearTimeout(hoverTimer.current);
    hoverTimer.current = null;
    // Leaving a mark closes its card a moment later, so the pointer can move onto the card.
    if (key === null) hoverTimer.current = setTimeout(() => setHoverKey(null), 200);
    else setHoverKey(key);
  }, []);
  const keepCard = useCallback(() => {
    if (hoverTimer.current) clearTimeout(hoverTimer.current);
    hoverTimer.current = null;
  }, []);
  useEffect(
    () => () => {
      if (hoverTimer.current) clearTimeout(hoverTimer.current);
    },
    [],
  );

  // After a key moved focus (or the zoom rebuilt the marks), put focus on the active mark.
  useEffect(() => {
    if (!keyboardNav.current) return;
    const key = markFor(activeId)?.key;
    if (!key) return;
    const element = surfaceRef.current?.querySelector<HTMLElement>(`[data-stop-key="${key}"]`);
    if (element && document.activeElement !== element) element.focus({ preventScroll: true });
  });

  // A selection made outside the chart that is out of view brings it into view.
  const revealSelection = useEffectEvent(() => {
    const item = items.find((i) => i.id === selectedId);
    if (item && !windowContains(current, item.anchor, 0.04)) zoom.animateTo(centreWindowOn(current, item.anchor, domain, MIN_SPAN));
  });
  useEffect(() => {
    if (selectedId) revealSelection();
  }, [selectedId]);

  const zoomBy = (factor: number) => {
    const active = markFor(activeId);
    const anchor = active && active.x >= 0 && active.x <= metrics.plotWidth ? scale.invert(active.x).getTime() : centreOf(current);
    zoom.animateTo(zoomWindow(current, factor, anchor, domain, MIN_SPAN));
  };

  const cardKey = hoverKey ?? focusKey;
  const cardMark = marks.find((mark): mark is Extract<ChartMark, { kind: 'single' }> => mark.kind === 'single' && mark.key === cardKey);
  const listMark = openList ? marks.find((mark): mark is Cluster => mark.kind === 'cluster' && mark.key === openList.key) : undefined;
  const lookedAt = cardMark?.item;
  const spans = [
    ...longEvents.flatMap((item) => {
      const row = rows.find((r) => r.key === rowKeyOf.get(item.id));
      return row ? [{ item, row, emphasis: false }] : [];
    }),
    ...(cardMark ? [{ item: cardMark.item, row: cardMark.row, emphasis: true }] : []),
  ];
  const first = items[0]?.event;
  const last = items.reduce((latest, item) => (item.end > latest.end ? item : latest), items[0]!)?.event;
  const gutter = metrics.gutter;

  return (
    <figure className={`timeline${metrics.compact ? ' timeline--compact' : ''}`} aria-labelledby={titleId} ref={figureRef}>
      <div className="timeline__head">
        <h2 id={titleId} className="timeline__title">
          {first && last ? `Timeline, ${formatDateRange(first.start, last.end ?? last.start)}` : 'Timeline'}
        </h2>
        <ZoomControls
          range={formatViewRange(current)}
          canZoomIn={canZoomIn}
          canZoomOut={canZoomOut}
          onZoomIn={() => zoomBy(2)}
          onZoomOut={() => zoomBy(0.5)}
          onReset={() => zoom.animateTo(domain)}
        />
      </div>
      {gutter === 0 && <LaneNames rows={rows} placement="legend" />}
      <div className="timeline__body" style={{ height: plotHeight }}>
        {gutter > 0 && <LaneNames rows={rows} placement="gutter" width={gutter} />}
        <div
          ref={surfaceRef}
          className="timeline__plot"
          style={{ left: gutter, width: metrics.plotWidth, height: plotHeight }}
          data-zoom-surface=""
          data-view-start={new Date(current.start).toISOString()}
          data-view-end={new Date(current.end).toISOString()}
          onPointerDown={() => {
            keyboardNav.current = false;
          }}
        >
          <svg className="timeline__svg" width={metrics.plotWidth} height={plotHeight} aria-hidden="true" focusable="false">
            <LaneStripes rows={rows} />
            <PeriodBands periods={periods} toX={scale} width={metrics.plotWidth} height={rowsBottom} hatchId={hatchId} />
            <Axis ticks={ticks} top={rowsBottom} />
            <SpanBars spans={spans} toX={scale} width={metrics.plotWidth} markSize={metrics.markSize} />
          </svg>
          <div
            className="timeline__marks"
            role="group"
            aria-label="Events in view. Arrow keys move between events, Enter selects, + and − zoom."
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget)) keyboardNav.current = false;
            }}
          >
            <EventMarks
              marks={marks}
              markSize={metrics.markSize}
              selectedId={selectedId}
              tabStopKey={tabStopKey}
              canZoomIn={canZoomIn}
              onSelect={select}
              onActivateCluster={onActivateCluster}
              onKeyDown={onMarkKeyDown}
              onHover={onHover}
              onFocusMark={setFocusKey}
            />
            {marks.length === 0 && (
              <button
                type="button"
                className="timeline__empty"
                onClick={() => {
                  const stops = navStops(rows, marks, scale, metrics);
                  const nearest = stops.reduce<(typeof stops)[number] | undefined>(
                    (best, stop) => (!best || Math.abs(stop.time - centreOf(current)) < Math.abs(best.time - centreOf(current)) ? stop : best),
                    undefined,
                  );
                  if (!nearest) return;
                  keyboardNav.current = true;
                  setActiveId(nearest.ids[0] ?? null);
                  zoom.animateTo(centreWindowOn(current, nearest.time, domain, MIN_SPAN));
                }}
              >
                No events in this stretch. Go to the nearest
              </button>
            )}
          </div>
        </div>
        {cardMark && lookedAt && !listMark && (
          <HoverCard
            item={lookedAt}
            x={gutter + cardMark.x}
            rowTop={cardMark.row.y}
            rowBottom={cardMark.row.y + cardMark.row.height}
            below={cardMark.row.y + cardMark.row.height / 2 < rowsBottom / 2}
            bodyWidth={metrics.width}
            noteDayOnly={spanOf(current) < 3 * DAY}
            onPointerEnter={keepCard}
            onPointerLeave={() => onHover(null)}
          />
        )}
        {listMark && (
          <ClusterList
            items={listMark.items}
            x={gutter + listMark.x}
            top={listMark.row.y + listMark.row.height + 4}
            bodyWidth={metrics.width}
            focusFirst={openList?.byKeyboard ?? false}
            onSelect={select}
            onClose={() => setOpenList(null)}
          />
        )}
      </div>
      <OverviewStrip
        groups={groups}
        periods={periods}
        domain={domain}
        view={current}
        width={metrics.plotWidth}
        offset={gutter}
        minSpan={MIN_SPAN}
        hatchId={hatchId}
        onViewChange={onViewChange}
        animateTo={zoom.animateTo}
      />
      <figcaption className="timeline__caption">
        Source: the article “{story.title}”. Each mark is an event it reports; dates marked inferred are worked out from its words.
        {' '}Zoom with Ctrl or ⌘ and the scroll wheel, a
        pinch, a double-click, the buttons, or the + and − keys; drag to pan. Arrow keys move from event to event, Home and End go to the first and last,
        Enter selects.
      </figcaption>
    </figure>
  );
}
