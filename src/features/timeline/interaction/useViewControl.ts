import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { prefersReducedMotion } from '../../../shared/ui/motion';
import { chartView, realView } from '../model/frame';
import { timeAt, viewScale } from '../model/scale';
import { mirrorX } from '../model/mirror';
import { motionOf, reduceView, type ViewAction } from '../model/view';
import { interpolateWindow, sameWindow, type TimeWindow } from '../model/window';
import type { ChartModel } from '../model/chart';
import type { ViewStore } from '../viewStore';
import { loadOnce } from './loadOnce';
import type { ZoomGestures } from './zoomGestures';

type GestureModule = typeof import('./zoomGestures');
/** Loads d3-zoom's gestures once, for every chart on the page (again after a load that failed). */
const loadGestures = loadOnce<GestureModule>(() => import('./zoomGestures'));

/** Transitions (buttons, keys, clusters, the overview's pages, a selection) take this long, unless motion is reduced. */
export const TRANSITION_MS = 200;

const easeOutCubic = (t: number) => 1 - Math.pow(1 - t, 3);

export interface ViewControlOptions {
  /** The chart as drawn: its frame of time, its first view, its sizes. */
  chart: ChartModel;
  /** Where the view is held. */
  store: ViewStore;
  /** The zoomable plot. */
  surfaceRef: RefObject<HTMLDivElement | null>;
  /** Time runs right to left on screen (`model/mirror.ts`): what the reader points at is read mirrored. */
  rtl?: boolean;
}

export interface ViewControl {
  /** Changes the view: every input of the chart, and the shell's requests, come through here. */
  dispatch: (action: ViewAction) => void;
  /** A pointer that was moving the view let go: the view is at rest where it is. */
  settle: () => void;
}

/**
 * The one owner of the view. Every input becomes an action for the view reducer
 * (`model/view.ts`), which says where the view goes and whether it follows the hand, jumps or
 * animates; this hook runs the transitions and writes each step to the store, which the chart
 * draws from. The store is the only copy: the view a gesture or a transition starts from is read
 * from it, and d3-zoom's transform is set from it whenever d3-zoom reads it (`zoomGestures.ts`).
 *
 * d3-zoom is loaded at the reader's first pointer movement, touch or wheel on the page, so the
 * first view downloads none of it; the buttons and keys work without it. The plot carries
 * `data-gestures="ready"` once it has.
 */
export function useViewControl({ chart, store, surfaceRef, rtl = false }: ViewControlOptions): ViewControl {
  // The chart as last drawn: gestures and transitions run between renders and work from its latest layout.
  const latest = useRef(chart);
  useLayoutEffect(() => {
    latest.current = chart;
  });
  const transition = useRef<number | null>(null);
  /** Where the running transition is going: a step pressed before it ends starts from there. */
  const heading = useRef<TimeWindow | null>(null);
  const [module, setModule] = useState<GestureModule | null>(null);

  /** The view on screen now, in chart time. */
  const viewNow = useCallback(() => chartView(store.get(), latest.current.frame, latest.current.home), [store]);
  /** Writes a view (chart time) to the store, in real time: as a gesture's step, a transition's frame, or at rest. */
  const put = useCallback(
    (view: TimeWindow, how: 'move' | 'show' | 'rest') => {
      const { warp, home } = latest.current;
      store[how](realView(view, warp, home));
    },
    [store],
  );
  const stop = useCallback(() => {
    if (transition.current !== null) cancelAnimationFrame(transition.current);
    transition.current = null;
    heading.current = null;
  }, []);
  const settle = useCallback(() => store.rest(), [store]);

  const dispatch = useCallback(
    (action: ViewAction) => {
      const motion = motionOf(action);
      // Zoom in pressed twice in quick succession zooms in twice: a step taken while a transition
      // runs starts from where that transition was going, not from the frame it had reached. A
      // hand's move starts from what is on screen.
      const base = motion === 'follow' ? null : heading.current;
      stop();
      const from = viewNow();
      const target = reduceView(base ?? from, action, latest.current.context);
      if (motion === 'follow') {
        put(target, 'move');
        return;
      }
      if (motion === 'jump' || sameWindow(from, target) || prefersReducedMotion()) {
        put(target, 'rest');
        return;
      }
      const started = performance.now();
      // Time from the same clock as the start: a frame's own timestamp may count from another origin
      // (jsdom's does, seconds behind), which held the transition at its first frame.
      const step = () => {
        const t = Math.min(1, (performance.now() - started) / TRANSITION_MS);
        if (t >= 1) {
          transition.current = null;
          heading.current = null;
          put(target, 'rest');
          return;
        }
        put(interpolateWindow(from, target, easeOutCubic(t)), 'show');
        transition.current = requestAnimationFrame(step);
      };
      heading.current = target;
      transition.current = requestAnimationFrame(step);
    },
    [stop, viewNow, put],
  );

  // The shell's requests (a selection made outside the chart reveals its event) come to this chart.
  useEffect(() => store.own(dispatch), [store, dispatch]);
  useEffect(() => stop, [stop]);

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

  const { domain } = chart;
  const { plotWidth } = chart.metrics;
  const { plotHeight } = chart;

  useEffect(() => {
    const node = surfaceRef.current;
    if (!node) return;
    // Ctrl + wheel must never zoom the page, not even at a zoom limit where d3-zoom lets it pass.
    const keepPageZoom = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) event.preventDefault();
    };
    // One finger: `touch-action: pan-y` leaves vertical swipes to the page; a horizontal one pans
    // here, keeping the instant the finger took hold of under it.
    const touches = new Set<number>();
    // The finger's x across the plot, as the model reads it (mirrored when time runs right to left).
    const modelX = (x: number) => (rtl ? mirrorX(x, plotWidth) : x);
    let drag: { id: number; left: number; time: number } | null = null;
    const down = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      touches.add(event.pointerId);
      if (touches.size !== 1) {
        drag = null;
        return;
      }
      const left = node.getBoundingClientRect().left;
      drag = { id: event.pointerId, left, time: timeAt(viewScale(viewNow(), domain, plotWidth), modelX(event.clientX - left)) };
    };
    const move = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.id || touches.size !== 1) return;
      dispatch({ type: 'drag', time: drag.time, x: modelX(event.clientX - drag.left) });
    };
    const up = (event: PointerEvent) => {
      touches.delete(event.pointerId);
      if (drag?.id !== event.pointerId) return;
      drag = null;
      settle();
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
  }, [surfaceRef, domain, plotWidth, viewNow, dispatch, settle, rtl]);

  useEffect(() => {
    const node = surfaceRef.current;
    if (!node || !module) return;
    const attached: ZoomGestures = module.attachZoomGestures(node, {
      domain,
      plotWidth,
      plotHeight,
      minSpan: latest.current.context.minSpan,
      view: viewNow,
      onGestureStart: stop,
      onGesture: (view) => dispatch({ type: 'gesture', view }),
      onGestureEnd: settle,
      onDoubleClick: (time, zoomOut) => dispatch({ type: 'zoom', factor: zoomOut ? 0.5 : 2, about: time }),
      rtl,
    });
    node.dataset.gestures = 'ready';
    return () => {
      attached.detach();
      delete node.dataset.gestures;
    };
  }, [surfaceRef, module, domain, plotWidth, plotHeight, viewNow, stop, dispatch, settle, rtl]);

  return { dispatch, settle };
}
