import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { acceptsZoomGesture, wheelZoomStep, type GestureEvent } from './gestures';
import { baseScale, domainMs, timeAt, viewScale, type TimeScale } from '../model/scale';
import { mirrorX } from '../model/mirror';
import { scaleUtc } from 'd3-scale';
import { spanOf, type TimeWindow } from '../model/window';

/**
 * d3-zoom on the chart's plot: Ctrl/⌘ + wheel and pinch zoom about the pointer, drag pans,
 * double-click zooms in. This module (d3-zoom and d3-selection with it, about a tenth of the
 * app's script) is loaded when the reader first reaches for the chart, not with the page: the
 * first view needs none of it, and the buttons and keys work without it.
 */

/**
 * The scale d3-zoom rescales: the whole story across the plot as the reader sees it, left to
 * right, or right to left in a right-to-left story (the drawing is mirrored, `model/mirror.ts`), so
 * a pinch or a wheel zooms about the instant under the pointer and a drag moves time with the hand.
 */
export function gestureBase(domain: TimeWindow, width: number, rtl = false): TimeScale {
  const w = Math.max(1, width);
  return rtl ? scaleUtc([domain.start, domain.end], [w, 0]) : baseScale(domain, width);
}

/** The d3-zoom transform that shows `view` when applied to the gesture base scale of `domain`. */
export function transformForWindow(view: TimeWindow, domain: TimeWindow, width: number, rtl = false): ZoomTransform {
  const base = gestureBase(domain, width, rtl);
  const k = (domain.end - domain.start) / (view.end - view.start);
  // The view's start goes where the story's start is drawn: x 0, or the plot's right edge.
  return zoomIdentity.translate(base(domain.start) - k * base(view.start), 0).scale(k);
}

/** The window a d3-zoom transform shows, read back through the base scale. */
export function windowForTransform(transform: ZoomTransform, base: TimeScale): TimeWindow {
  const [start, end] = domainMs(transform.rescaleX(base));
  return { start, end };
}

export interface GestureOptions {
  domain: TimeWindow;
  plotWidth: number;
  plotHeight: number;
  minSpan: number;
  /** The view on screen now (chart time): d3-zoom's transform is set from it whenever a gesture reads it. */
  view: () => TimeWindow;
  /** Called when a gesture starts (so a running transition can stop). */
  onGestureStart: () => void;
  /** Called with each window a gesture shows. */
  onGesture: (view: TimeWindow) => void;
  /** Called when a gesture ends: the reader let go (or the wheel rested). */
  onGestureEnd: () => void;
  /** A double-click (or a double tap d3-zoom reports as one) at `time`: zoom in about it, out with Shift. */
  onDoubleClick: (time: number, zoomOut: boolean) => void;
  /** Time runs right to left on screen. */
  rtl?: boolean;
}

export interface ZoomGestures {
  detach: () => void;
}

/** The node as d3-zoom keeps it: its transform is a property of the element (what `zoomTransform` reads). */
type ZoomedNode = HTMLDivElement & { __zoom?: ZoomTransform };

/**
 * Attaches d3-zoom to `node`. d3-zoom never touches the drawing, and holds no view of its own: its
 * transform is set from the view each time a gesture starts or moves (its filter runs as one
 * starts, and each of its steps is read back as the view), so a view set by a key, a button or the
 * URL is where the next gesture starts. A double-click zooms through the chart's own transition
 * rather than d3-zoom's, so one hook animates every move.
 */
export function attachZoomGestures(
  node: HTMLDivElement,
  { domain, plotWidth, plotHeight, minSpan, view, onGestureStart, onGesture, onGestureEnd, onDoubleClick, rtl = false }: GestureOptions,
): ZoomGestures {
  const base = gestureBase(domain, plotWidth, rtl);
  const zoomed: ZoomedNode = node;
  const derive = () => {
    zoomed.__zoom = transformForWindow(view(), domain, plotWidth, rtl);
  };
  const behaviour = zoom<HTMLDivElement, unknown>()
    .filter((event: GestureEvent) => {
      const accepted = acceptsZoomGesture(event);
      // A gesture begins here: it starts from the view on screen.
      if (accepted) derive();
      return accepted;
    })
    .wheelDelta((event: WheelEvent) => wheelZoomStep(event))
    // From the whole story down to `minSpan`, and never past the story's edges.
    .scaleExtent([1, Math.max(1, spanOf(domain) / minSpan)])
    .extent([
      [0, 0],
      [plotWidth, plotHeight],
    ])
    .translateExtent([
      [0, Number.NEGATIVE_INFINITY],
      [plotWidth, Number.POSITIVE_INFINITY],
    ])
    // A click that wobbles a few pixels is still a click on a mark, not a pan.
    .clickDistance(4)
    .on('start', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
      if (event.sourceEvent) onGestureStart();
    })
    .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
      if (!event.sourceEvent) return;
      onGesture(windowForTransform(event.transform, base));
      // The view may have been clamped: the gesture's next step starts from what is on screen.
      derive();
    })
    .on('end', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
      if (event.sourceEvent) onGestureEnd();
    });
  const selection = select(node);
  selection.call(behaviour);
  selection.on('dblclick.zoom', function (this: HTMLDivElement, event: MouseEvent) {
    // d3-zoom also reports a double tap here; the chart's touches never start one (one finger scrolls the page).
    if (!(event instanceof MouseEvent) || !acceptsZoomGesture(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const box = this.getBoundingClientRect();
    const x = event.clientX - box.left - this.clientLeft;
    onDoubleClick(timeAt(viewScale(view(), domain, plotWidth), rtl ? mirrorX(x, plotWidth) : x), event.shiftKey);
  });
  return {
    detach: () => {
      selection.on('.zoom', null);
    },
  };
}
