import { Suspense, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { KindTable } from '../../shared/schema/kinds';
import type { Story, TimelineEvent } from '../../shared/schema/schema';
import { formatDateRange } from '../../shared/time/calendar';
import { sourceCredit } from '../../shared/format/source';
import { Axis } from './draw/Axis';
import { AxisBreaks } from './draw/AxisBreaks';
import { breaksSentence } from './model/breakText';
import { EventMarks } from './draw/EventMarks';
import { LaneNames } from './draw/LaneNames';
import { LaneStripes } from './draw/LaneStripes';
import type { ChartMark } from './model/layout';
import { OverviewStrip } from './draw/OverviewStrip';
import { PeriodBands } from './draw/PeriodBands';
import { SpanBars } from './draw/SpanBars';
import { spanBars } from './model/spans';
import { drawing, mirrorSpanBar, mirrorX } from './model/mirror';
import { formatViewRange } from './model/ticks';
import { useChartLayout } from './useChartLayout';
import { chartItems, type ChartBasis } from './model/frame';
import { timeAt } from './model/scale';
import { DEFAULT_LANGUAGE } from '../../shared/text/language';
import { useMessages, useOwnWordsIn, useStoryDirection, useUiDirection, useUiLang } from '../../shared/ui/storyLanguage';
import { lazyPart } from '../../shared/ui/lazyPart';
import type { ViewStore } from './viewStore';
import { useContainerWidth } from './useContainerWidth';
import { useHeldMarks } from './interaction/useHeldMarks';
import { useHoverCard } from './interaction/useHoverCard';
import { useMarkNavigation } from './interaction/useMarkNavigation';
import { useViewControl } from './interaction/useViewControl';
import { ZoomControls } from './draw/ZoomControls';
import { DAY, spanOf } from './model/window';
import './draw/timeline.css';

// Drawn only on a reader's move (a hover or focus, a count opened), so each is a chunk of its own:
// the card is fetched when first shown, the list as soon as a count is drawn, before it can be opened.
const hoverCard = lazyPart(() => import('./draw/HoverCard').then((module) => module.HoverCard));
const clusterList = lazyPart(() => import('./draw/ClusterList').then((module) => module.ClusterList));
const HoverCard = hoverCard.Component;
const ClusterList = clusterList.Component;

export interface TimelineChartProps {
  /** The story's events, as validated. */
  events: readonly TimelineEvent[];
  /** The story, for the caption naming the source. */
  story: Story;
  /** The story's kinds: each event's lane, and the lanes' names, shapes and colours. */
  kinds: KindTable;
  /** The event the shell has selected, or null. */
  selectedId: string | null;
  /** Asks the shell to select an event (the chart brings it into view itself). */
  onSelect: (id: string) => void;
  /**
   * Where the view is held (`createViewStore`): the shell creates it from the URL and writes the
   * URL when it comes to rest; the chart draws it and changes it.
   */
  view: ViewStore;
}

/**
 * The zoomable timeline: periods (the truce's) as bands, events as marks in lanes by kind, clusters
 * where labels do not fit, an axis that adapts to the zoom, an overview of the whole story,
 * and zoom by gesture, button or key. Pure modules compute the layout; this component and its
 * children only draw it. The selection belongs to the shell; the view is held in `view`, and
 * every change to it goes through one reducer (`model/view.ts`).
 */
export function TimelineChart(props: TimelineChartProps) {
  const { events, kinds } = props;
  // The story's items, worked out in a render of their own: a page that hydrates in slices (a
  // transition, `main.tsx`) can answer the reader between them and the chart's layout, which at
  // 100,000 events take about a quarter of a second each.
  const basis = useMemo(() => chartItems(events, kinds), [events, kinds]);
  return <Chart {...props} basis={basis} />;
}

function Chart({ basis, story, selectedId, onSelect, view: store }: TimelineChartProps & { basis: ChartBasis }) {
  const figureRef = useRef<HTMLElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const t = useMessages();
  const uiLang = useUiLang();
  const uiDir = useUiDirection();
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const { width, measured } = useContainerWidth(figureRef);
  // The selection the chart first opened with: a link to an event opens on a view that titles it.
  const [initialSelection] = useState(selectedId);
  const chart = useChartLayout(basis, width, story.lang ?? DEFAULT_LANGUAGE, store, initialSelection);
  const { metrics, items, marks, scale, view, realView, bands, rowsBottom, plotHeight } = chart;
  // In a right-to-left story time runs right to left: the model's layout is drawn mirrored, and
  // what the reader points at or presses is read back the same way (model/mirror.ts).
  const rtl = useStoryDirection() === 'rtl';
  const { dispatch, settle } = useViewControl({ chart, store, surfaceRef, rtl });
  const picture = useMemo(
    () => drawing({ marks, spans: chart.spans, ticks: chart.ticks, breaks: chart.breaks, toX: scale }, metrics.plotWidth, rtl),
    [marks, chart.spans, chart.ticks, chart.breaks, scale, metrics.plotWidth, rtl],
  );

  const card = useHoverCard();
  const { held, onTouchStart } = useHeldMarks(picture.marks);
  const nav = useMarkNavigation({ surfaceRef, chart, dispatch, selectedId, onSelect, onEscape: card.dismiss, rtl });

  // The buttons zoom about the active mark when it is in view, else about the middle.
  const zoomBy = (factor: number) => {
    const active = nav.activeMark;
    const about = active && active.x >= 0 && active.x <= metrics.plotWidth ? timeAt(scale, active.x) : undefined;
    dispatch({ type: 'zoom', factor, about });
  };

  const hasCluster = marks.some((mark) => mark.kind !== 'single');
  useEffect(() => {
    if (hasCluster) void clusterList.preload();
  }, [hasCluster]);

  const cardMark = picture.marks.find((mark): mark is Extract<ChartMark, { kind: 'single' }> => mark.kind === 'single' && mark.key === card.cardKey);
  const listMark = nav.openList?.mark;
  const listX = listMark && (rtl ? mirrorX(listMark.x, metrics.plotWidth) : listMark.x);
  const lookedAt = cardMark?.item;
  const [bar] = cardMark ? spanBars([{ id: cardMark.item.id, row: cardMark.row, start: cardMark.item.start, end: cardMark.item.end }], scale, metrics.plotWidth, metrics.markSize / 2) : [];
  const emphasis = bar && rtl ? mirrorSpanBar(bar, metrics.plotWidth) : bar;
  const first = items[0]?.event;
  const last = items.reduce((latest, item) => (item.end > latest.end ? item : latest), items[0]!)?.event;
  const gutter = metrics.gutter;
  // The lanes' names sit on the side time starts from: the left, or the right when time runs right to left.
  const plotLeft = rtl ? 0 : gutter;
  // The size it is drawn at, so the stylesheet can scale the drawing to a narrower box before it is measured (and on paper).
  const drawn = { '--drawn-width': `${metrics.width}px`, '--drawn-height': `${plotHeight}px` } as CSSProperties;

  return (
    <figure
      className={`timeline${metrics.compact ? ' timeline--compact' : ''}${measured ? '' : ' timeline--unmeasured'}`}
      // The drawing is placed by physical x whatever the page's direction (a right-to-left story's is
      // mirrored in the model's x, model/mirror.ts); its head, names and text keep their own direction.
      dir="ltr"
      style={drawn}
      aria-labelledby={titleId}
      ref={figureRef}
    >
      <div className="timeline__head" dir={rtl ? 'rtl' : undefined}>
        <h2 id={titleId} className="timeline__title" lang={uiLang} dir={uiDir}>
          {first && last ? <CaptionTitle range={formatDateRange(first.start, last.end ?? last.start, story)} /> : t.timeline}
        </h2>
        <ZoomControls
          range={formatViewRange(realView, story.lang)}
          canZoomIn={chart.canZoomIn}
          canZoomOut={chart.canZoomOut}
          canReset={chart.canReset}
          onZoomIn={() => zoomBy(2)}
          onZoomOut={() => zoomBy(0.5)}
          onReset={() => dispatch({ type: 'reset' })}
        />
      </div>
      {gutter === 0 && <LaneNames bands={bands} placement="legend" rtl={rtl} />}
      <div className="timeline__body" style={{ height: plotHeight }}>
        {gutter > 0 && <LaneNames bands={bands} placement="gutter" width={gutter} left={rtl ? metrics.plotWidth : 0} rtl={rtl} />}
        <div
          ref={surfaceRef}
          className="timeline__plot"
          style={{ left: plotLeft, width: metrics.plotWidth, height: plotHeight }}
          data-zoom-surface=""
          data-view-start={new Date(realView.start).toISOString()}
          data-view-end={new Date(realView.end).toISOString()}
          onPointerDown={nav.pointerUsed}
          onTouchStart={onTouchStart}
        >
          <svg className="timeline__svg" width={metrics.plotWidth} height={plotHeight} aria-hidden="true" focusable="false">
            <LaneStripes bands={bands} />
            <PeriodBands periods={chart.periods} toX={picture.toX} width={metrics.plotWidth} height={rowsBottom} hatchId={hatchId} />
            <Axis ticks={picture.ticks} top={rowsBottom} />
            <AxisBreaks breaks={picture.breaks} top={rowsBottom} />
            <SpanBars bars={picture.spans} emphasis={emphasis ?? null} />
          </svg>
          <div
            className="timeline__marks"
            role="group"
            aria-label={t.marksGroup}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget)) nav.pointerUsed();
            }}
          >
            <EventMarks
              marks={picture.marks}
              held={held}
              markSize={metrics.markSize}
              selectedId={selectedId}
              tabStopKey={nav.tabStopKey}
              canZoomIn={chart.canZoomIn}
              onSelect={nav.select}
              onActivateCluster={nav.onActivateCluster}
              onKeyDown={nav.onMarkKeyDown}
              onHover={card.onHover}
              onFocusMark={card.onFocusMark}
              zone={story}
            />
            {marks.length === 0 && (
              <button type="button" className="timeline__empty" onClick={nav.goToNearest} lang={uiLang} dir={uiDir}>
                {t.noEventsHere}
              </button>
            )}
          </div>
        </div>
        {cardMark && lookedAt && !listMark && (
          <Suspense fallback={null}>
          <HoverCard
            item={lookedAt}
            x={plotLeft + cardMark.x}
            rowTop={cardMark.row.y}
            rowBottom={cardMark.row.y + cardMark.row.height}
            below={cardMark.row.y + cardMark.row.height / 2 < rowsBottom / 2}
            bodyWidth={metrics.width}
            noteDayOnly={spanOf(view) < 3 * DAY}
            onPointerEnter={card.keepCard}
            onPointerLeave={() => card.onHover(null)}
            zone={story}
          />
          </Suspense>
        )}
        {listMark && (
          <Suspense fallback={null}>
          <ClusterList
            items={listMark.items}
            x={plotLeft + (listX ?? 0)}
            top={listMark.row.y + listMark.row.height + 4}
            bodyWidth={metrics.width}
            focusFirst={nav.openList?.byKeyboard ?? false}
            onSelect={nav.select}
            onClose={nav.closeList}
            zone={story}
          />
          </Suspense>
        )}
      </div>
      <OverviewStrip chart={chart} hatchId={hatchId} dispatch={dispatch} settle={settle} rtl={rtl} />
      <figcaption className="timeline__caption" lang={uiLang} dir={uiDir}>
        {t.caption({ source: sourceCredit(story) })}{' '}
        {chart.warp.breaks.length > 0 && `${breaksSentence(chart.warp.breaks, story.lang)} `}
        <span className="timeline__howto">{t.howTo}</span>
      </figcaption>
    </figure>
  );
}

/** "Timeline, 7 October – 30 November 2023": the range set apart in its direction in a right-to-left story, one run of text otherwise. */
function CaptionTitle({ range }: { range: string }) {
  return useOwnWordsIn()(useMessages().timelineRange, { range }, ['range']);
}
