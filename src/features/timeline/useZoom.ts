import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { acceptsZoomGesture, wheelZoomStep, type GestureEvent } from './gestures';
import { baseScale, transformForWindow, windowForTransform } from './scale';
import { interpolateWindow, panWindow, sameWindow, spanOf, type TimeWindow } from './window';

/** Programmatic moves (buttons, keys, clusters, the overview) take this long, unless motion is reduced. */
export const TRANSITION_MS = 200;

/** True when the reader asks for reduced motion, or when there is no way to ask (no animation then). */
export function prefersReducedMotion(): boolean {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function' || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const easeOutCubic = (t: number) => 1 - Math.pow(1 - t, 3);

export interface ZoomOptions {
  /** The zoomable plot. */
  surfaceRef: RefObject<HTMLDivElement | null>;
  domain: TimeWindow;
  plotWidth: number;
  plotHeight: number;
  /** The view to show, already clamped. */
  view: TimeWindow;
  minSpan: number;
  onViewChange: (view: TimeWindow) => void;
}

export interface ZoomApi {
  /** Moves the view to `target` with a short transition (none under reduced motion). */
  animateTo: (target: TimeWindow) => void;
}

/**
 * Gestures through d3-zoom, with the view controlled by the shell. A gesture reports the window
 * it shows; the shell passes it back as `view`; d3-zoom's stored transform is then brought in
 * line with the view, so a view set by a key, a button or the URL is where the next gesture
 * starts. d3-zoom never touches the drawing: React draws from the view.
 */
export function useZoom({ surfaceRef, domain, plotWidth, plotHeight, view, minSpan, onViewChange }: ZoomOptions): ZoomApi {
  const latest = useRef({ view, onViewChange });
  useLayoutEffect(() => {
    latest.current = { view, onViewChange };
  });
  const behaviour = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const frame = useRef<number | null>(null);
  // Gestures can fire several events per frame; the view is reported at most once a frame.
  const pending = useRef<{ view: TimeWindow; frame: number } | null>(null);

  const cancelTransition = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  }, []);

  useEffect(() => {
    const node = surfaceRef.current;
    if (!node) return;
    const base = baseScale(domain, plotWidth);
    const report = (view: TimeWindow) => {
      if (pending.current) {
        pending.current.view = view;
        return;
      }
      pending.current = {
        view,
        frame: requestAnimationFrame(() => {
          const latestView = pending.current?.view;
          pending.current = null;
          if (latestView) latest.current.onViewChange(latestView);
        }),
      };
    };
    const zoomBehaviour = zoom<HTMLDivElement, unknown>()
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
      .duration(prefersReducedMotion() ? 0 : TRANSITION_MS)
      .on('start zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        // Without a source event the change is our own, made to follow the view below.
        if (!event.sourceEvent) return;
        if (frame.current !== null) cancelAnimationFrame(frame.current);
        frame.current = null;
        if (event.type === 'zoom') report(windowForTransform(event.transform, base));
      });
    const selection = select(node);
    selection.call(zoomBehaviour);
    behaviour.current = zoomBehaviour;

    // Ctrl + wheel must never zoom the page, not even at a zoom limit where d3-zoom lets it pass.
    const keepPageZoom = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) event.preventDefault();
    };
    // One finger: `touch-action: pan-y` leaves vertical swipes to the page; a horizontal one pans here.
    const touches = new Set<number>();
    let drag: { id: number; x: number; view: TimeWindow } | null = null;
    const down = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      touches.add(event.pointerId);
      drag = touches.size === 1 ? { id: event.pointerId, x: event.clientX, view: latest.current.view } : null;
    };
    const move = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.id || touches.size !== 1) return;
      const dx = event.clientX - drag.x;
      report(panWindow(drag.view, (-dx * spanOf(drag.view)) / plotWidth, domain, minSpan));
    };
    const up = (event: PointerEvent) => {
      touches.delete(event.pointerId);
      if (drag?.id === event.pointerId) drag = null;
    };
    node.addEventListener('wheel', keepPageZoom, { passive: false });
    node.addEventListener('pointerdown', down);
    node.addEventListener('pointermove', move);
    node.addEventListener('pointerup', up);
    node.addEventListener('pointercancel', up);
    return () => {
      if (pending.current) cancelAnimationFrame(pending.current.frame);
      pending.current = null;
      selection.on('.zoom', null);
      node.removeEventListener('wheel', keepPageZoom);
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', up);
      behaviour.current = null;
    };
  }, [surfaceRef, domain, plotWidth, plotHeight, minSpan]);

  // Keep d3-zoom's transform derived from the view the shell holds.
  useEffect(() => {
    const node = surfaceRef.current;
    const zoomBehaviour = behaviour.current;
    // While a gesture's view waits for the next frame, d3-zoom is ahead of the shell, and right.
    if (!node || !zoomBehaviour || pending.current) return;
    const shown = windowForTransform(zoomTransform(node), baseScale(domain, plotWidth));
    if (!sameWindow(shown, view)) zoomBehaviour.transform(select(node), transformForWindow(view, domain, plotWidth));
  }, [surfaceRef, view, domain, plotWidth]);

  useEffect(() => cancelTransition, [cancelTransition]);

  const animateTo = useCallback(
    (target: TimeWindow) => {
      cancelTransition();
      const from = latest.current.view;
      if (sameWindow(from, target)) return;
      if (prefersReducedMotion()) {
        latest.current.onViewChange(target);
        return;
      }
      const started = performance.now();
      const step = (now: number) => {
        const t = Math.max(0, Math.min(1, (now - started) / TRANSITION_MS));
        latest.current.onViewChange(t >= 1 ? target : interpolateWindow(from, target, easeOutCubic(t)));
        frame.current = t < 1 ? requestAnimationFrame(step) : null;
      };
      frame.current = requestAnimationFrame(step);
    },
    [cancelTransition],
  );

  return { animateTo };
}
