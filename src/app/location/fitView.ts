import type { TimelineEvent } from '../../features/data/schema';
import { clampWindow, MIN_SPAN, sameWindow, storyDomain } from '../../features/timeline/window';
import { endInstant, toInstant } from '../../shared/time/calendar';
import type { ViewWindow } from './appUrl';

/**
 * A view a link asks for (`?view=…`), fitted to what the timeline can show: inside the story's
 * span and no closer than its deepest zoom, as the chart would clamp it anyway. The shell does it
 * once the data is known, so it can say so and write the view it shows into the URL, instead of
 * showing one window while the link keeps naming another.
 */

/** The span the chart can show for these events: the chart's own domain (the story, with a margin). */
export function viewBounds(events: readonly Pick<TimelineEvent, 'start' | 'end'>[]): ViewWindow {
  return storyDomain(events.map((event) => ({ start: toInstant(event.start), end: endInstant(event.start, event.end) })));
}

/**
 * A view the app wrote is rounded outwards to whole minutes, so one at the story's edge may reach
 * past it by less than a minute: that is not a link asking for the impossible.
 */
const ROUNDING = 60_000;

/** What becomes of a requested view: shown as asked, or `clamped` to `view` (null: the whole story). */
export interface FittedView {
  view: ViewWindow | null;
  clamped: boolean;
}

/** Fits `view` into `bounds`: moved inside them, and widened to the narrowest view the chart has. */
export function fitView(view: ViewWindow, bounds: ViewWindow, minSpan: number = MIN_SPAN): FittedView {
  const fitted = clampWindow(view, bounds, minSpan);
  if (Math.abs(fitted.start - view.start) <= ROUNDING && Math.abs(fitted.end - view.end) <= ROUNDING) return { view, clamped: false };
  return { view: sameWindow(fitted, bounds) ? null : fitted, clamped: true };
}
