/**
 * Keeping a popover (a card, a menu, an explanation) inside the box it belongs to: the chart's
 * body, the article panel, the window. One rule for all of them: the popover keeps the place it
 * asks for, shifted back from the box's end when it would run past it, and never before the
 * box's start; `edge` pixels are kept free at both.
 */

/** A stretch along one axis, in pixels. */
export interface Extent {
  start: number;
  end: number;
}

/** Where a popover `size` pixels long that asks to start at `start` starts, kept inside `box`. */
export function placeInside(start: number, size: number, box: Extent, edge: number): number {
  return Math.max(box.start + edge, Math.min(box.end - edge - size, start));
}

/**
 * Shifts an open popover element back inside `box` (viewport pixels, as `getBoundingClientRect`
 * gives) with an inline-start offset from where the stylesheet places it. A hidden popover has
 * no box and is left as the stylesheet places it.
 */
export function shiftInside(popover: HTMLElement, box: Extent, edge: number): void {
  popover.style.insetInlineStart = '';
  const rect = popover.getBoundingClientRect();
  if (rect.width === 0) return;
  const shift = placeInside(rect.left, rect.width, box, edge) - rect.left;
  if (shift !== 0) popover.style.insetInlineStart = `${shift}px`;
}
