import { centreWindowOn, centreOf, windowContains, zoomWindow, type TimeWindow } from './window';

/**
 * Keyboard navigation as a pure reducer of intents. The stops are the marks in time order: a
 * single event, or a cluster (which stands for all of its events). Moving to a stop outside the
 * view pans the view to it, so focus never lands on something the reader cannot see.
 */

/** A place the arrow keys stop at: the events one mark stands for, and where it sits in time. */
export interface NavStop {
  ids: readonly string[];
  time: number;
}

export interface NavState {
  /** The event whose mark has (or will get) focus; a cluster is named by its first event. */
  activeId: string | null;
  view: TimeWindow;
}

export type NavIntent =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** `factor` above 1 zooms in, about the active mark when it is in view. */
  | { type: 'zoom'; factor: number };

export interface NavContext {
  /** Every mark of the story in time order, in view or not. */
  stops: readonly NavStop[];
  domain: TimeWindow;
  minSpan: number;
}

/** A mark this close to the view's edge (as a fraction of the view) is panned into view. */
export const EDGE_MARGIN = 0.04;

/**
 * The key presses the chart handles, as intents; other keys give null. The arrow pointing to the
 * earlier side goes earlier: Left, or Right when time runs right to left (`rtl`).
 */
export function intentForKey(key: string, rtl = false): NavIntent | null {
  switch (key) {
    case 'ArrowRight':
      return { type: rtl ? 'previous' : 'next' };
    case 'ArrowLeft':
      return { type: rtl ? 'next' : 'previous' };
    case 'ArrowDown':
      return { type: 'next' };
    case 'ArrowUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case '+':
    case '=':
      return { type: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { type: 'zoom', factor: 0.5 };
    default:
      return null;
  }
}

function stopIndex(stops: readonly NavStop[], id: string | null): number {
  return id === null ? -1 : stops.findIndex((stop) => stop.ids.includes(id));
}

function goTo(stop: NavStop | undefined, state: NavState, ctx: NavContext): NavState {
  if (!stop) return state;
  const view = windowContains(state.view, stop.time, EDGE_MARGIN) ? state.view : centreWindowOn(state.view, stop.time, ctx.domain, ctx.minSpan);
  return { activeId: stop.ids[0] ?? null, view };
}

/** The next state after an intent. Moving never wraps: the first and last marks are the ends. */
export function navigate(state: NavState, intent: NavIntent, ctx: NavContext): NavState {
  const { stops } = ctx;
  const at = stopIndex(stops, state.activeId);
  switch (intent.type) {
    case 'first':
      return goTo(stops[0], state, ctx);
    case 'last':
      return goTo(stops[stops.length - 1], state, ctx);
    case 'next': {
      if (at === -1) return goTo(stops.find((s) => s.time >= state.view.start) ?? stops[stops.length - 1], state, ctx);
      return goTo(stops[Math.min(at + 1, stops.length - 1)], state, ctx);
    }
    case 'previous': {
      if (at === -1) return goTo([...stops].reverse().find((s) => s.time <= state.view.end) ?? stops[0], state, ctx);
      return goTo(stops[Math.max(at - 1, 0)], state, ctx);
    }
    case 'zoom': {
      const active = stops[at];
      const anchor = active && windowContains(state.view, active.time) ? active.time : centreOf(state.view);
      return { ...state, view: zoomWindow(state.view, intent.factor, anchor, ctx.domain, ctx.minSpan) };
    }
  }
}
