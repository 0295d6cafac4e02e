import { memo, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { TimelineItem } from '../model/items';
import type { RowGroup } from '../model/layout';
import { binOpacity, densityBins } from '../model/overview';
import { baseScale, timeAt, type TimeScale } from '../model/scale';
import { AxisBreaks } from './AxisBreaks';
import { placeBreaks } from '../model/breakText';
import { formatViewRange, placeTicks, timeTicks } from '../model/ticks';
import type { TimeWarp } from '../model/warp';
import { sliderAction, type ViewAction } from '../model/view';
import type { ChartModel } from '../model/chart';
import { centreOf, spanOf, type TimeWindow } from '../model/window';
import { mirrorBreak, mirrorX } from '../model/mirror';
import { useMessages, useStoryDirection } from '../../../shared/ui/storyLanguage';

interface StripPictureProps {
  groups: readonly RowGroup[];
  periods: readonly TimelineItem[];
  /** The axis's breaks: the strip is drawn in chart time, like the plot above it. */
  warp: TimeWarp;
  domain: TimeWindow;
  width: number;
  hatchId: string;
  /** The story's language, which the strip's dates are written in. */
  lang: string;
  /** Time runs right to left: the picture is drawn mirrored. */
  rtl: boolean;
}

interface OverviewStripProps {
  /** The chart as drawn: the story, its lanes and the view. */
  chart: ChartModel;
  hatchId: string;
  /** Changes the view (`useViewControl`). */
  dispatch: (action: ViewAction) => void;
  /** A drag let go: the view is at rest. */
  settle: () => void;
  /** Time runs right to left on screen (`model/mirror.ts`): the strip is drawn mirrored, and read back so. */
  rtl?: boolean;
}

const STRIP_HEIGHT = 30;
const AXIS_HEIGHT = 18;
const BIN_PX = 3;
/** The window is never narrower than a touch target. */
const MIN_WINDOW_PX = 24;

/** The whole story in miniature: periods, and how many events each lane has where. Redrawn only when the data or width change. */
const StripPicture = memo(function StripPicture({ groups, periods, warp, domain, width, hatchId, lang, rtl }: StripPictureProps) {
  const dir = useStoryDirection();
  const base = baseScale(domain, width);
  const lanes = groups.filter((g) => !g.lane.periods);
  const rowHeight = (STRIP_HEIGHT - 4) / Math.max(1, lanes.length);
  // Laid out left to right, drawn mirrored when time runs right to left.
  const x = (at: number) => (rtl ? mirrorX(at, width) : at);
  const stretchX = (x0: number, x1: number) => (rtl ? mirrorX(x1, width) : x0);
  const breaks = placeBreaks(warp.breaks, base, width, 11, lang).map((b) => ({ ...(rtl ? mirrorBreak(b, width) : b), labelSpan: null }));
  const ticks = placeTicks(timeTicks(domain, width, warp, lang), (time) => base(warp.toChart(time)), width, 11);
  return (
    <svg className="overview__picture" width={width} height={STRIP_HEIGHT + AXIS_HEIGHT} aria-hidden="true" focusable="false">
      <rect className="overview__ground" width={width} height={STRIP_HEIGHT} />
      {periods.map((period, index) => (
        <rect
          key={period.id}
          className={`${index % 2 === 1 ? 'band band--hatched' : 'band band--tinted'} lane--${period.lane.index}`}
          x={stretchX(base(period.start), base(period.end))}
          width={Math.max(1, base(period.end) - base(period.start))}
          height={STRIP_HEIGHT}
          fill={index % 2 === 1 ? `url(#${hatchId})` : undefined}
        />
      ))}
      {lanes.map((group, laneIndex) => {
        const bins = densityBins(
          group.items.map((i) => i.anchor),
          domain,
          width,
          BIN_PX,
        );
        const most = Math.max(1, ...bins.map((b) => b.count));
        return bins.map((bin) => (
          <rect
            key={`${group.key}-${bin.x}`}
            className={`overview__bin lane--${group.lane.index}`}
            x={stretchX(bin.x, bin.x + bin.width)}
            width={Math.max(2, bin.width - 0.5)}
            y={2 + laneIndex * rowHeight}
            height={rowHeight - 1}
            opacity={binOpacity(bin.count, most)}
          />
        ));
      })}
      <AxisBreaks breaks={breaks} top={STRIP_HEIGHT} />
      {ticks.map((tick) =>
        tick.showLabel ? (
          <text key={tick.time} className="axis__label" x={x(tick.x)} y={STRIP_HEIGHT + 13} textAnchor="middle" direction={dir}>
            {tick.label}
          </text>
        ) : null,
      )}
    </svg>
  );
});

/**
 * The overview under the main axis: the whole story with a window over the part in view.
 * Dragging the window pans; pressing anywhere else in the strip centres the view there (and
 * keeps dragging). The window is a slider for the keyboard: arrows pan a little, Page Up and
 * Page Down a whole view, Home and End go to the story's ends, + and − zoom. Every one of these
 * is an action for the view reducer; the strip keeps no view of its own.
 */
export function OverviewStrip({ chart, hatchId, dispatch, settle, rtl = false }: OverviewStripProps) {
  const { groups, periods, warp, domain, view, realView } = chart;
  const width = chart.metrics.plotWidth;
  const base: TimeScale = useMemo(() => baseScale(domain, width), [domain, width]);
  // A drag keeps the point of the window it took hold of under the pointer.
  const drag = useRef<{ id: number; left: number; offset: number } | null>(null);
  const x0 = base(view.start);
  const x1 = base(view.end);
  const windowWidth = Math.max(MIN_WINDOW_PX, x1 - x0);
  const fromStart = Math.min(width - windowWidth, Math.max(0, (x0 + x1) / 2 - windowWidth / 2));
  const windowLeft = rtl ? width - fromStart - windowWidth : fromStart;
  // The pointer's x across the strip, as the left-to-right model reads it.
  const modelX = (clientX: number, left: number) => (rtl ? mirrorX(clientX - left, width) : clientX - left);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const left = event.currentTarget.getBoundingClientRect().left;
    const onWindow = (event.target as Element).closest('[data-overview-window]') !== null;
    const pressed = timeAt(base, modelX(event.clientX, left));
    const offset = onWindow ? pressed - centreOf(view) : 0;
    if (!onWindow) dispatch({ type: 'slide', centre: pressed });
    drag.current = { id: event.pointerId, left, offset };
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.id !== event.pointerId) return;
    dispatch({ type: 'slide', centre: timeAt(base, modelX(event.clientX, current.left)) - current.offset });
  };
  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.id !== event.pointerId) return;
    drag.current = null;
    settle();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = sliderAction(event.key, rtl);
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    dispatch(action);
  };

  const t = useMessages();
  const percent = Math.round(((centreOf(view) - domain.start) / spanOf(domain)) * 100);
  return (
    <div className="overview" style={{ marginLeft: rtl ? 0 : chart.metrics.gutter, width }}>
      <div className="overview__strip" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerEnd} onPointerCancel={onPointerEnd}>
        <StripPicture groups={groups} periods={periods} warp={warp} domain={domain} width={width} hatchId={hatchId} lang={chart.metrics.lang} rtl={rtl} />
        <div
          className="overview__window"
          data-overview-window=""
          role="slider"
          tabIndex={0}
          aria-label={t.overview}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={t.showing({ range: formatViewRange(realView, chart.metrics.lang) })}
          style={{ transform: `translateX(${windowLeft}px)`, width: windowWidth, height: STRIP_HEIGHT }}
          onKeyDown={onKeyDown}
        />
      </div>
    </div>
  );
}
