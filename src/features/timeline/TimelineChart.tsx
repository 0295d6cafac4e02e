import { useCallback, useId, useRef, useState, type CSSProperties } from 'react';
import type { KindTable } from '../../shared/schema/kinds';
import type { Story, TimelineEvent } from '../../shared/schema/schema';
import { formatDateRange } from '../../shared/time/calendar';
import { sourceCredit } from '../../shared/format/source';
import { Axis } from './draw/Axis';
import { AxisBreaks } from './draw/AxisBreaks';
import { breaksSentence } from './model/breakText';
import { ClusterList } from './draw/ClusterList';
import { EventMarks } from './draw/EventMarks';
import { HoverCard } from './draw/HoverCard';
import { LaneNames } from './draw/LaneNames';
import { LaneStripes } from './draw/LaneStripes';
import type { ChartMark } from './model/layout';
import { OverviewStrip } from './draw/OverviewStrip';
import { PeriodBands } from './draw/PeriodBands';
import { SpanBars } from './draw/SpanBars';
import { spanBars } from './model/spans';
import { formatViewRange } from './model/ticks';
import { useChartLayout } from './useChartLayout';
import { useContainerWidth } from './useContainerWidth';
import { useHeldMarks } from './interaction/useHeldMarks';
import { useHoverCard } from './interaction/useHoverCard';
import { useMarkNavigation } from './interaction/useMarkNavigation';
import { useZoom } from './interaction/useZoom';
import { ZoomControls } from './draw/ZoomControls';
import { centreOf, DAY, MIN_SPAN, sameWindow, spanOf, zoomWindow, type TimeWindow } from './model/window';
import './draw/timeline.css';

export interface TimelineChartProps {
  /** The story's events, as validated. */
  events: readonly TimelineEvent[];
  /** The story, for the caption naming the source. */
  story: Story;
  /** The story's kinds: each event's lane, and the lanes' names, shapes and colours. */
  kinds: KindTable;
  /** The event the shell has selected, or null. */
  selectedId: string | null;
  /** Asks the shell to select an event. */
  onSelect: (id: string) => void;
  /** The stretch of time to show; null shows the whole story. */
  view: TimeWindow | null;
  /** Reports the view a gesture, a key or a button moved to; null when it is the whole story again. */
  onViewChange: (view: TimeWindow | null) => void;
}

/**
 * The zoomable timeline: periods (the truce's) as bands, events as marks in lanes by kind, clusters
 * where labels do not fit, an axis that adapts to the zoom, an overview of the whole story,
 * and zoom by gesture, button or key. Pure modules compute the layout; this component and its
 * children only draw it. The view and the selection belong to the shell.
 */
export function TimelineChart({ events, story, kinds, selectedId, onSelect, view, onViewChange }: TimelineChartProps) {
  const figureRef = useRef<HTMLElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const { width, measured } = useContainerWidth(figureRef);
  // The selection the chart first opened with: a link to an event opens on a view that titles it.
  const [initialSelection] = useState(selectedId);
  const { toReal, reveal, home, metrics, items, warp, breaks, periods, spans, domain, opening, groups, bands, rows, rowsBottom, plotHeight, current, scale, marks, ticks } = useChartLayout(
    events,
    kinds,
    width,
    view,
    initialSelection,
  );
  // Back at the view the page opened with, the view is no view: the URL drops it. The shell holds real time.
  const reportView = useCallback((next: TimeWindow) => onViewChange(sameWindow(next, home) ? null : toReal(next)), [home, toReal, onViewChange]);
  const zoom = useZoom({ surfaceRef, domain, plotWidth: metrics.plotWidth, plotHeight, view: current, minSpan: MIN_SPAN, onViewChange: reportView });
  const canZoomIn = spanOf(current) > MIN_SPAN * 1.001;
  const canZoomOut = spanOf(current) < spanOf(domain) * 0.999;
  const canReset = !sameWindow(current, opening.view);

  const card = useHoverCard();
  const { held, onTouchStart } = useHeldMarks(marks);
  const nav = useMarkNavigation({
    surfaceRef,
    reveal,
    rows,
    marks,
    scale,
    metrics,
    view: current,
    domain,
    minSpan: MIN_SPAN,
    canZoomIn,
    zoom,
    selectedId,
    onSelect,
    onEscape: card.dismiss,
  });

  // The buttons zoom about the active mark when it is in view, else about the middle.
  const zoomBy = (factor: number) => {
    const active = nav.activeMark;
    const anchor = active && active.x >= 0 && active.x <= metrics.plotWidth ? scale.invert(active.x) : centreOf(current);
    zoom.animateTo(zoomWindow(current, factor, anchor, domain, MIN_SPAN));
  };

  const cardMark = marks.find((mark): mark is Extract<ChartMark, { kind: 'single' }> => mark.kind === 'single' && mark.key === card.cardKey);
  const listMark = nav.openList?.mark;
  const lookedAt = cardMark?.item;
  const [emphasis] = cardMark ? spanBars([{ id: cardMark.item.id, row: cardMark.row, start: cardMark.item.start, end: cardMark.item.end }], scale, metrics.plotWidth, metrics.markSize / 2) : [];
  const first = items[0]?.event;
  const last = items.reduce((latest, item) => (item.end > latest.end ? item : latest), items[0]!)?.event;
  const gutter = metrics.gutter;
  // The size it is drawn at, so the stylesheet can scale the drawing to a narrower box before it is measured (and on paper).
  const drawn = { '--drawn-width': `${metrics.width}px`, '--drawn-height': `${plotHeight}px` } as CSSProperties;

  return (
    <figure
      className={`timeline${metrics.compact ? ' timeline--compact' : ''}${measured ? '' : ' timeline--unmeasured'}`}
      style={drawn}
      aria-labelledby={titleId}
      ref={figureRef}
    >
      <div className="timeline__head">
        <h2 id={titleId} className="timeline__title">
          {first && last ? `Timeline, ${formatDateRange(first.start, last.end ?? last.start, story)}` : 'Timeline'}
        </h2>
        <ZoomControls
          range={formatViewRange(toReal(current))}
          canZoomIn={canZoomIn}
          canZoomOut={canZoomOut}
          canReset={canReset}
          onZoomIn={() => zoomBy(2)}
          onZoomOut={() => zoomBy(0.5)}
          onReset={() => zoom.animateTo(opening.view)}
        />
      </div>
      {gutter === 0 && <LaneNames bands={bands} placement="legend" />}
      <div className="timeline__body" style={{ height: plotHeight }}>
        {gutter > 0 && <LaneNames bands={bands} placement="gutter" width={gutter} />}
        <div
          ref={surfaceRef}
          className="timeline__plot"
          style={{ left: gutter, width: metrics.plotWidth, height: plotHeight }}
          data-zoom-surface=""
          data-view-start={new Date(toReal(current).start).toISOString()}
          data-view-end={new Date(toReal(current).end).toISOString()}
          onPointerDown={nav.pointerUsed}
          onTouchStart={onTouchStart}
        >
          <svg className="timeline__svg" width={metrics.plotWidth} height={plotHeight} aria-hidden="true" focusable="false">
            <LaneStripes bands={bands} />
            <PeriodBands periods={periods} toX={scale} width={metrics.plotWidth} height={rowsBottom} hatchId={hatchId} />
            <Axis ticks={ticks} top={rowsBottom} />
            <AxisBreaks breaks={breaks} top={rowsBottom} />
            <SpanBars bars={spans} emphasis={emphasis ?? null} />
          </svg>
          <div
            className="timeline__marks"
            role="group"
            aria-label="Events in view. Arrow keys move between events, Enter selects, + and − zoom."
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget)) nav.pointerUsed();
            }}
          >
            <EventMarks
              marks={marks}
              held={held}
              markSize={metrics.markSize}
              selectedId={selectedId}
              tabStopKey={nav.tabStopKey}
              canZoomIn={canZoomIn}
              onSelect={nav.select}
              onActivateCluster={nav.onActivateCluster}
              onKeyDown={nav.onMarkKeyDown}
              onHover={card.onHover}
              onFocusMark={card.onFocusMark}
              zone={story}
            />
            {marks.length === 0 && (
              <button type="button" className="timeline__empty" onClick={nav.goToNearest}>
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
            onPointerEnter={card.keepCard}
            onPointerLeave={() => card.onHover(null)}
            zone={story}
          />
        )}
        {listMark && (
          <ClusterList
            items={listMark.items}
            x={gutter + listMark.x}
            top={listMark.row.y + listMark.row.height + 4}
            bodyWidth={metrics.width}
            focusFirst={nav.openList?.byKeyboard ?? false}
            onSelect={nav.select}
            onClose={nav.closeList}
            zone={story}
          />
        )}
      </div>
      <OverviewStrip
        groups={groups}
        periods={periods}
        warp={warp}
        domain={domain}
        view={current}
        width={metrics.plotWidth}
        offset={gutter}
        minSpan={MIN_SPAN}
        hatchId={hatchId}
        onViewChange={reportView}
        animateTo={zoom.animateTo}
      />
      <figcaption className="timeline__caption">
        Source: {sourceCredit(story)}. Each mark is an event it reports; dates marked inferred are worked out from its words.{' '}
        {warp.breaks.length > 0 && `${breaksSentence(warp.breaks)} `}
        <span className="timeline__howto">
          Zoom with Ctrl or ⌘ and the scroll wheel, a pinch, a double-click, the buttons, or the + and − keys; drag to pan. Arrow keys move from event to
          event, Home and End go to the first and last, Enter selects.
        </span>
      </figcaption>
    </figure>
  );
}
