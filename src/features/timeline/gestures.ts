/**
 * Which pointer and wheel events the zoom behaviour takes. The chart lives inside an article, so
 * it must never trap the page: a plain wheel and a one-finger swipe scroll the page.
 */

/** The parts of a DOM event the decision needs. */
export interface GestureEvent {
  type: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  button?: number;
  touches?: { length: number };
}

/**
 * d3-zoom's filter. Ctrl/Cmd + wheel zooms (Chromium also reports a trackpad pinch this way);
 * a plain wheel is left to scroll the page. Touch gestures reach d3-zoom only with two fingers
 * (pinch); one finger scrolls the page vertically, and a horizontal one-finger drag pans through
 * the chart's own pointer handler. The main mouse button drags to pan; double-click zooms in.
 */
export function acceptsZoomGesture(event: GestureEvent): boolean {
  switch (event.type) {
    case 'wheel':
      return Boolean(event.ctrlKey || event.metaKey);
    case 'touchstart':
      return (event.touches?.length ?? 0) >= 2;
    default:
      return !event.ctrlKey && !event.button;
  }
}
