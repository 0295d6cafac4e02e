/**
 * Scrolling a passage into view inside the article panel, as plain math on measured rectangles
 * (viewport coordinates from `getBoundingClientRect`), so the rule is tested without a browser.
 */

/** The scroll container's box and scroll position. */
export interface ScrollBox {
  top: number;
  height: number;
  scrollTop: number;
}

/** The target's box. */
export interface TargetBox {
  top: number;
  height: number;
}

/**
 * The `scrollTop` that brings the target into the container, or null when it is already fully
 * in view (with `margin` to spare), so selecting an event whose words are on screen moves nothing.
 * The target is placed a third of the way down, leaving the words before it for context; one
 * taller than the container is placed at the top.
 */
export function scrollTopToReveal(box: ScrollBox, target: TargetBox, margin = 16): number | null {
  const top = target.top - box.top;
  const bottom = top + target.height;
  if (top >= margin && bottom <= box.height - margin) return null;
  const room = box.height - target.height;
  const lead = room > 2 * margin ? Math.min(box.height / 3, room / 2) : margin;
  return Math.max(0, Math.round(box.scrollTop + top - lead));
}

/**
 * The part of a scroll container the reader can see: the container clipped to the viewport
 * (a tall panel may run below the fold). When too little of it is on screen to place words in,
 * the whole container is used, so the words are in place when the reader scrolls to the panel.
 */
export function visiblePart(box: ScrollBox, viewportHeight: number, minHeight = 120): ScrollBox {
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.top + box.height, viewportHeight);
  return bottom - top >= minHeight ? { top, height: bottom - top, scrollTop: box.scrollTop } : box;
}

/** Smooth scrolling, unless the reader asked for less motion. */
export function scrollBehavior(prefersReducedMotion: boolean): ScrollBehavior {
  return prefersReducedMotion ? 'auto' : 'smooth';
}
