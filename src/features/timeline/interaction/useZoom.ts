import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { interpolateWindow, panWindow, sameWindow, spanOf, type TimeWindow } from '../model/window';
import type { ZoomGestures } from './zoomGestures';
import { loadOnce } from './loadOnce';
import { prefersReducedMotion } from '../../../shared/ui/motion';

type GestureModule = typeof import('./zoomGestures');
/** Loads d3-zoom's gestures once, for every chart on the page (again after a load that failed). */
const loadGestures = loadOnce<GestureModule>(() => import('./zoomGestures'));

/** Programmatic moves (buttons, keys, clusters, the overview) take this long, unless motion is reduced. */
export const TRANSITION_MS = 200;

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
 *
 * d3-zoom is loaded at the reader's first pointer movement, touch or wheel on the page, so the
 * first view downloads none of it; the buttons and keys work without it. The plot carries
 * `data-gestures="ready"` once it has.
 */
export function useZoom({ surfaceRef, domain, plotWidth, plotHeight, view, minSpan, onViewChange }: ZoomOptions): ZoomApi {
  const latest = useRef({ view, onViewChange });
  useLayoutEffect(() => {
    latest.current = { view, onViewChange };
  });
  const gestures = useRef<ZoomGestures | null>(null);
  const [module, setModule] = useState<GestureModule | null>(null);
  const frame = useRef<number | null>(null);
  // Gestures can fire several events per frame; the view is reported at most once a frame.
  const pending = useRef<{ view: TimeWindow; frame: number } | null>(null);

  const cancelTransition = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  }, []);

  const report = useCallback((next: TimeWindow) => {
    if (pending.current) {
      pending.current.view = next;
      return;
    }
    pending.current = {
      view: next,
      frame: requestAnimationFrame(() => {
        const latestView = pending.current?.view;
        pending.current = null;
        if (latestView) latest.current.onViewChange(latestView);
      }),
    };
  }, []);

  // The reader's first pointer movement, touch or wheel anywhere on the page loads the gestures:
  // by the time a pointer reaches the plot they are there. (A pinch that is the very first touch
  // on the page is missed; the next one zooms.)
  useEffect(() => {
    if (module) return;
    let live = true;
    const reach = () => {
      loadGestures().then(
        (loaded) => {
          if (live) setModule(() => loaded);
        },
        () => {
          // The chunk did not arrive (the network dropped, or the reader is leaving the page): the
          // next movement tries again, and nothing is left unhandled.
        },
      );
    };
    // Not once: a load that failed is tried again; the listeners go when the gestures are here.
    const events = ['pointermove', 'pointerdown', 'touchstart', 'wheel'] as const;
    for (const type of events) document.addEventListener(type, reach, { passive: true, capture: true });
    return () => {
      live = false;
      for (const type of events) document.removeEventListener(type, reach, { capture: true });
    };
  }, [module]);

  useEffect(() => {
    const node = surfaceRef.current;
    if (!node) return;
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
      node.removeEventListener('wheel', keepPageZoom);
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', up);
    };
  }, [surfaceRef, domain, plotWidth, minSpan, report]);

  useEffect(() => {
    const node = surfaceRef.current;
    if (!node || !module) return;
    const attached = module.attachZoomGestures(node, {
      domain,
      plotWidth,
      plotHeight,
      minSpan,
      duration: prefersReducedMotion() ? 0 : TRANSITION_MS,
      onGestureStart: cancelTransition,
      onGesture: report,
    });
    attached.follow(latest.current.view);
    gestures.current = attached;
    node.dataset.gestures = 'ready';
    return () => {
      if (pending.current) cancelAnimationFrame(pending.current.frame);
      pending.current = null;
      attached.detach();
      gestures.current = null;
      delete node.dataset.gestures;
    };
  }, [surfaceRef, module, domain, plotWidth, plotHeight, minSpan, cancelTransition, report]);

  // Keep d3-zoom's transform derived from the view the shell holds.
  useEffect(() => {
    // While a gesture's view waits for the next frame, d3-zoom is ahead of the shell, and right.
    if (!pending.current) gestures.current?.follow(view);
  }, [view]);

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
      // Time from the same clock as the start: a frame's own timestamp may count from another origin
      // (jsdom's does, seconds behind), which held the transition at its first frame.
      const step = () => {
        const t = Math.max(0, Math.min(1, (performance.now() - started) / TRANSITION_MS));
        latest.current.onViewChange(t >= 1 ? target : interpolateWindow(from, target, easeOutCubic(t)));
        frame.current = t < 1 ? requestAnimationFrame(step) : null;
      };
      frame.current = requestAnimationFrame(step);
    },
    [cancelTransition],
  );

  return { animateTo };
}
