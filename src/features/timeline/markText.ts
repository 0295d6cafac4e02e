import type { TimelineEvent } from '../data/schema';
import { formatFigure, formatValue } from '../../shared/format/figures';
import { KIND_LABELS } from '../../shared/format/kinds';
import { formatDate, formatDateRange } from '../../shared/time/calendar';

/**
 * The words a mark carries: what a screen reader says, and the labels drawn beside it, longest
 * first. Figures are printed exactly as the data holds them, qualifier included ("nearly 240").
 */

/** "nearly 240 Palestinians": a figure short enough to print beside a mark. */
export function shortFigure(figure: TimelineEvent['figures'][number]): string {
  return [figure.qualifier, formatValue(figure.value), figure.unit].filter(Boolean).join(' ');
}

/** The first two figures, which are the key ones (an exchange's hostages and prisoners). */
export function keyFigures(event: TimelineEvent): string {
  return event.figures.slice(0, 2).map(shortFigure).join(', ');
}

/**
 * What a screen reader says for a mark: "30 November 2023 (date inferred): Shooting in Jerusalem
 * kills three people, 3 people killed. Violence".
 */
export function spokenLabel(event: TimelineEvent): string {
  const date = `${formatDateRange(event.start, event.end)}${event.dateBasis === 'inferred' ? ' (date inferred)' : ''}`;
  const figures = event.figures.map(formatFigure);
  return `${date}: ${[event.title, ...figures].join(', ')}. ${KIND_LABELS[event.kind]}`;
}

/**
 * Visible labels in order of preference: title with key figures, the key figures, the first
 * figure, then the title alone. Placement takes the first that fits whole, and shortens the last
 * (the title, which reads better cut than a lone number) when none does.
 */
export function labelCandidates(event: TimelineEvent): string[] {
  const figures = keyFigures(event);
  if (!figures) return [event.title];
  const first = event.figures[0] ? shortFigure(event.figures[0]) : figures;
  return [...new Set([`${event.title} · ${figures}`, figures, first, event.title])];
}

/** What a screen reader says for a cluster mark, and what activating it does. */
export function clusterSpokenLabel(count: number, laneName: string, first: TimelineEvent, last: TimelineEvent, canZoom: boolean): string {
  const from = formatDate(first.start);
  const to = formatDate(last.end ?? last.start);
  const when = from === to ? `on ${from}` : `from ${from} to ${to}`;
  return `${count} events in ${laneName} ${when}. ${canZoom ? 'Activate to zoom to them' : 'Activate to list them'}`;
}
