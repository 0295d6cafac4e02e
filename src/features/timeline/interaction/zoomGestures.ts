import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { acceptsZoomGesture, wheelZoomStep, type GestureEvent } from './gestures';
import { baseScale, type TimeScale } from '../model/scale';
import { sameWindow, spanOf, type TimeWindow } from '../model/window';

/**
 * d3-zoom on the chart's plot: Ctrl/⌘ + wheel and pinch zoom about the pointer, drag pans,
 * double-click zooms in. This module (d3-zoom and d3-selection with it, about a tenth of the
 * app's script) is loaded when the reader first reaches for the chart, not with the page: the
 * first view needs none of it, and the buttons and keys work without it.
 */

/** The d3-zoom transform that shows `view` when applied to the base scale of `domain`. */
export function transformForWindow(view: TimeWindow, domain: TimeWindow, width: number): ZoomTransform {
  const base = baseScale(domain, width);
  const k = (domain.end - domain.start) / (view.end - view.start);
  return zoomIdentity.translate(-k * base(view.start), 0).scale(k);
}

/** The window a d3-zoom transform shows, read back through the base scale. */
export function windowForTransform(transform: ZoomTransform, base: TimeScale): TimeWindow {
  const [start, end] = transform.rescaleX(base).domain();
  return { start: start ?? 0, end: end ?? 0 };
}

export interface GestureOptions {
  domain: TimeWindow;
  plotWidth: number;
  plotHeight: number;
  minSpan: number;
  /** Transition length for d3-zoom's own moves (a double-click); 0 under reduced motion. */
  duration: number;
  /** Called when a gesture starts (so a running transition can stop). */
  onGestureStart: () => void;
  /** Called with each window a gesture shows. */
  onGesture: (view: TimeWindow) => void;
}

export interface ZoomGestures {
  /** Brings d3-zoom's stored transform in line with `view`, so the next gesture starts there. */
  follow: (view: TimeWindow) => void;
  detach: () => void;
}

/** Attaches d3-zoom to `node`. d3-zoom never touches the drawing: React draws from the view. */
export function attachZoomGestures(node: HTMLDivElement, { domain, plotWidth, plotHeight, minSpan, duration, onGestureStart, onGesture }: GestureOptions): ZoomGestures {
  const base = baseScale(domain, plotWidth);
  const behaviour = zoom<HTMLDivElement, unknown>()
    .filter((event: GestureEvent) => acceptsZoomGesture(event))
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
    .duration(duration)
    .on('start zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
      // Without a source event the change is our own, made to follow the view.
      if (!event.sourceEvent) return;
      onGestureStart();
      if (event.type === 'zoom') onGesture(windowForTransform(event.transform, base));
    });
  const selection = select(node);
  selection.call(behaviour);
  return {
    follow: (view) => {
      const shown = windowForTransform(zoomTransform(node), base);
      if (!sameWindow(shown, view)) behaviour.transform(selection, transformForWindow(view, domain, plotWidth));
    },
    detach: () => {
      selection.on('.zoom', null);
    },
  };
}
