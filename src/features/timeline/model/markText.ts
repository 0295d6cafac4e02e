import type { TimelineEvent } from '../../../shared/schema/schema';
import { formatFigure, formatValue } from '../../../shared/format/figures';
import { formatDate, formatDateRange, type StoryZone } from '../../../shared/time/calendar';

/**
 * The words a mark carries: what a screen reader says, and the labels drawn beside it, longest
 * first. Figures are printed exactly as the data holds them, qualifier included ("nearly 240").
 */

/** "nearly 240 Palestinians": a figure short enough to print beside a mark. */
export function shortFigure(figure: TimelineEvent['figures'][number], lang?: string): string {
  return [figure.qualifier, formatValue(figure.value, lang), figure.unit].filter(Boolean).join(' ');
}

/** The first two figures, which are the key ones (an exchange's hostages and prisoners). */
export function keyFigures(event: TimelineEvent, lang?: string): string {
  return event.figures.slice(0, 2).map((figure) => shortFigure(figure, lang)).join(', ');
}

/**
 * What a screen reader says for a mark: "30 November 2023 (date inferred): Shooting in Jerusalem
 * kills three people, 3 people killed. Violence".
 */
export function spokenLabel(event: TimelineEvent, kindLabel: string, zone?: StoryZone): string {
  const date = `${formatDateRange(event.start, event.end, zone)}${event.dateBasis === 'inferred' ? ' (date inferred)' : ''}`;
  const figures = event.figures.map((figure) => formatFigure(figure, zone?.lang));
  return `${date}: ${[event.title, ...figures].join(', ')}. ${kindLabel}`;
}

/**
 * Visible labels in order of preference: the title with the key figures, then the title alone.
 * Every label carries the title, so a mark always says what happened; placement takes the first
 * that fits whole and otherwise cuts the title between words ("Israel says it will…"). The
 * figures are in the mark's spoken label, its card and the detail.
 */
export function labelCandidates(event: TimelineEvent, lang?: string): string[] {
  const figures = keyFigures(event, lang);
  return figures ? [`${event.title} · ${figures}`, event.title] : [event.title];
}

/** What a screen reader says for a cluster mark, and what activating it does. */
export function clusterSpokenLabel(count: number, laneName: string, first: TimelineEvent, last: TimelineEvent, canZoom: boolean, zone?: StoryZone): string {
  const from = formatDate(first.start, zone);
  const to = formatDate(last.end ?? last.start, zone);
  const when = from === to ? `on ${from}` : `from ${from} to ${to}`;
  return `${count} events in ${laneName} ${when}. ${canZoom ? 'Activate to zoom to them' : 'Activate to list them'}`;
}
