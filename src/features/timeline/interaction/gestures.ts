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

/** The wheel event's parts the zoom step needs. */
export interface WheelLike {
  deltaY: number;
  deltaMode: number;
  ctrlKey?: boolean;
}

/** The largest zoom one wheel event makes, as a power of two: one mouse-wheel notch zooms by about 1.4×. */
export const MAX_WHEEL_STEP = 0.5;

/**
 * How far one Ctrl/Cmd + wheel event zooms, as a power of two (d3-zoom's `wheelDelta`). A
 * trackpad pinch sends many small deltas and keeps d3's rate; a mouse notch sends a large one,
 * which d3 would turn into a fivefold jump, so each event is capped.
 */
export function wheelZoomStep(event: WheelLike): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  const step = -event.deltaY * perUnit * (event.ctrlKey ? 10 : 1);
  return Math.max(-MAX_WHEEL_STEP, Math.min(MAX_WHEEL_STEP, step));
}
