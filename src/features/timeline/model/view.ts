import { clusterZoomWindow } from './clusters';
import { navigate, type NavIntent, type NavStop } from './keyboard';
import { centreOf, centreWindowOn, clampWindow, panWindow, spanOf, zoomWindow, type TimeWindow } from './window';

/**
 * The one place the view changes: every input (a gesture, a button, a key, the overview strip, a
 * selection made anywhere) is an action, and this pure reducer turns the view it starts from and
 * the action into the next view, and says how to get there. All in chart time (`warp.ts`).
 */

/** What the chart knows that a change of view needs, in chart time. */
export interface ViewContext {
  /** The span the chart can show. */
  domain: TimeWindow;
  /** The narrowest view. */
  minSpan: number;
  /** The first view: where Reset goes. */
  home: TimeWindow;
  /** The plot's width in pixels: where a pointer is. */
  width: number;
  /** The view that shows event `id` as its own titled mark, starting from `from` (`from` itself for an event the chart lacks). */
  reveal: (id: string, from: TimeWindow) => TimeWindow;
}

export type ViewAction =
  /** The window a d3-zoom gesture (Ctrl or ⌘ + wheel, a pinch, a drag) shows. */
  | { type: 'gesture'; view: TimeWindow }
  /** A one-finger drag: the instant `time` it took hold of stays under the finger, `x` pixels across the plot. */
  | { type: 'drag'; time: number; x: number }
  /** The overview's window pressed or dragged: the view centred on `centre`. */
  | { type: 'slide'; centre: number }
  /** The overview's arrow keys: a tenth of the view per step, later for positive steps. */
  | { type: 'nudge'; steps: number }
  /** Page Up and Page Down: whole views. */
  | { type: 'page'; pages: number }
  /** Home and End on the overview: the story's start or end, keeping the zoom. */
  | { type: 'edge'; edge: 'start' | 'end' }
  /** Zooms by `factor` (above 1 zooms in) about the instant `about`, which keeps its place; the view's middle by default. */
  | { type: 'zoom'; factor: number; about?: number }
  /** The view centred on `time`, keeping the zoom. */
  | { type: 'centre'; time: number }
  /** Opens a cluster whose events sit at `times`: close enough to split it. */
  | { type: 'cluster'; times: readonly number[] }
  /** A key on a mark: to the next, previous, first or last mark (panning it into view), or a zoom about the active one. */
  | { type: 'key'; intent: NavIntent; activeId: string | null; stops: readonly NavStop[] }
  /** Back to the first view. */
  | { type: 'reset' }
  /** An event selected anywhere: brought into view as its own titled mark. */
  | { type: 'reveal'; id: string };

/**
 * How the view gets to where an action sends it:
 * - `follow`: frame by frame under the reader's hand, and at rest when the hand lets go;
 * - `jump`: at once, and at rest (a small step the reader repeats, such as an arrow key);
 * - `animate`: in a short transition, then at rest (a jump under reduced motion).
 */
export type Motion = 'follow' | 'jump' | 'animate';

const MOTION: Record<ViewAction['type'], Motion> = {
  gesture: 'follow',
  drag: 'follow',
  slide: 'follow',
  nudge: 'jump',
  page: 'animate',
  edge: 'animate',
  zoom: 'animate',
  centre: 'animate',
  cluster: 'animate',
  key: 'animate',
  reset: 'animate',
  reveal: 'animate',
};

/** How the view moves for this action: a pointer's moves follow it, a repeated small step jumps, everything else animates. */
export function motionOf(action: ViewAction): Motion {
  return MOTION[action.type];
}

/** The view after `action`, from `view`, inside the story and no closer than the deepest zoom. */
export function reduceView(view: TimeWindow, action: ViewAction, ctx: ViewContext): TimeWindow {
  const { domain, minSpan } = ctx;
  const span = spanOf(view);
  switch (action.type) {
    case 'gesture':
      return clampWindow(action.view, domain, minSpan);
    case 'drag': {
      const start = action.time - (action.x / Math.max(1, ctx.width)) * span;
      return clampWindow({ start, end: start + span }, domain, minSpan);
    }
    case 'slide':
      return centreWindowOn(view, action.centre, domain, minSpan);
    case 'nudge':
      return panWindow(view, (action.steps * span) / 10, domain, minSpan);
    case 'page':
      return panWindow(view, action.pages * span, domain, minSpan);
    case 'edge':
      return panWindow(view, action.edge === 'start' ? domain.start - view.start : domain.end - view.end, domain, minSpan);
    case 'zoom':
      return zoomWindow(view, action.factor, action.about ?? centreOf(view), domain, minSpan);
    case 'centre':
      return centreWindowOn(view, action.time, domain, minSpan);
    case 'cluster':
      return clusterZoomWindow(action.times, view, domain, minSpan);
    case 'key':
      return navigate({ activeId: action.activeId, view }, action.intent, { stops: action.stops, domain, minSpan }).view;
    case 'reset':
      return clampWindow(ctx.home, domain, minSpan);
    case 'reveal':
      return ctx.reveal(action.id, view);
  }
}

/** The overview slider's keys as actions: arrows step, Page Up and Down page, Home and End go to the ends, + and − zoom. */
export function sliderAction(key: string, rtl = false): ViewAction | null {
  switch (key) {
    // The arrow pointing to the earlier side goes earlier: Left, or Right when time runs right to left.
    case 'ArrowLeft':
      return { type: 'nudge', steps: rtl ? 1 : -1 };
    case 'ArrowRight':
      return { type: 'nudge', steps: rtl ? -1 : 1 };
    case 'ArrowDown':
      return { type: 'nudge', steps: -1 };
    case 'ArrowUp':
      return { type: 'nudge', steps: 1 };
    case 'PageUp':
      return { type: 'page', pages: -1 };
    case 'PageDown':
      return { type: 'page', pages: 1 };
    case 'Home':
      return { type: 'edge', edge: 'start' };
    case 'End':
      return { type: 'edge', edge: 'end' };
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
