import type { ChartMark } from './layout';
import { clampWindow, spanOf, type TimeWindow } from './window';

/**
 * Bringing one event into view as its own titled mark: for a link to it, and for a selection made
 * in the list, the article, the figures or the Previous / Next buttons. Pure: it tries views and
 * asks the layout what each draws.
 */

export interface RevealContext {
  domain: TimeWindow;
  minSpan: number;
  /** Whether, in `view`, the chart draws the event as its own mark with its label wholly in view. */
  showsTitled: (view: TimeWindow) => boolean;
}

/** Where in the view the event's mark is tried: a third of the way in (its label has room on the right), the middle, two thirds. */
const PLACES = [1 / 3, 1 / 2, 2 / 3, 1 / 6, 5 / 6];

/**
 * The view that shows the event at `time` titled: `view` itself when it already does; else the
 * same span moved to it; else closer and closer around it, down to `minSpan`. When no view
 * titles it (a crowd at one instant, past what the lanes can stack), the closest view centred on it.
 */
export function revealWindow(time: number, view: TimeWindow, { domain, minSpan, showsTitled }: RevealContext): TimeWindow {
  if (showsTitled(view)) return view;
  let span = spanOf(view);
  for (;;) {
    for (const place of PLACES) {
      const candidate = clampWindow({ start: time - place * span, end: time + (1 - place) * span }, domain, minSpan);
      if (showsTitled(candidate)) return candidate;
    }
    if (span <= minSpan) return clampWindow({ start: time - span / 2, end: time + span / 2 }, domain, minSpan);
    span = Math.max(minSpan, span / 2);
  }
}

/** The check `revealWindow` needs, for the event `id`, from a layout of the marks a view draws. */
export function titledCheck(id: string, marksIn: (view: TimeWindow) => readonly ChartMark[], isTitled: (mark: ChartMark) => boolean): (view: TimeWindow) => boolean {
  return (view) => marksIn(view).some((mark) => mark.kind === 'single' && mark.item.id === id && isTitled(mark));
}
