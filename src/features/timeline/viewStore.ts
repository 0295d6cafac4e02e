import type { ViewAction } from './model/view';
import type { TimeWindow } from './model/window';

/**
 * The live view: the one place the stretch of time on screen is held while the page runs. The
 * shell creates it (from the URL) and writes the URL when it comes to rest; the chart draws it,
 * frame by frame, and is the only one to change it, through its view reducer
 * (`model/view.ts`). A view is in real time, as the URL writes it; `null` is the chart's first
 * view. Nothing else keeps a copy: d3-zoom's transform and the overview's window are derived
 * from it when they are needed.
 */
export interface ViewStore {
  /** The view on screen now (real time; null: the first view). */
  get: () => TimeWindow | null;
  /** Hears every change of the view on screen; during a gesture at most once a frame. Returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** The view as it last came to rest: what the URL and the shell show. */
  getResting: () => TimeWindow | null;
  /** Hears the view come to rest (the end of a gesture or transition, a jump). */
  subscribeResting: (listener: () => void) => () => void;
  /** A step of a gesture: on screen at the next frame, however many steps come before it. */
  move: (view: TimeWindow | null) => void;
  /** A frame of a transition: on screen now. */
  show: (view: TimeWindow | null) => void;
  /** The view at rest: on screen now (`view`, or the one already moving there), and told to the shell. */
  rest: (view?: TimeWindow | null) => void;
  /**
   * Asks whoever draws the view to change it (the shell, for a selection made outside the chart,
   * asks for its event to be revealed). Nothing happens while no chart draws it.
   */
  request: (action: ViewAction) => void;
  /** The chart that draws the view takes its requests; returns the release. */
  own: (handler: (action: ViewAction) => void) => () => void;
}

const sameView = (a: TimeWindow | null, b: TimeWindow | null) => a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

/** A store holding `initial` (real time; null: the first view) at rest. */
export function createViewStore(initial: TimeWindow | null): ViewStore {
  let live = initial;
  let resting = initial;
  let frame: number | null = null;
  let owner: ((action: ViewAction) => void) | null = null;
  const listeners = new Set<() => void>();
  const restingListeners = new Set<() => void>();

  const notify = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    for (const listener of [...listeners]) listener();
  };
  const set = (view: TimeWindow | null) => {
    if (sameView(view, live)) return false;
    live = view;
    return true;
  };

  return {
    get: () => live,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getResting: () => resting,
    subscribeResting(listener) {
      restingListeners.add(listener);
      return () => restingListeners.delete(listener);
    },
    move(view) {
      // Several pointer or wheel events can come in one frame: the chart draws the last of them.
      if (set(view) && frame === null) frame = requestAnimationFrame(notify);
    },
    show(view) {
      if (set(view)) notify();
    },
    rest(view = live) {
      if (set(view) || frame !== null) notify();
      if (sameView(resting, live)) return;
      resting = live;
      for (const listener of [...restingListeners]) listener();
    },
    request(action) {
      owner?.(action);
    },
    own(handler) {
      owner = handler;
      return () => {
        if (owner === handler) owner = null;
      };
    },
  };
}
