import type { TimelineEvent } from '../../../shared/schema/schema';
import { formatFigure, formatValue } from '../../../shared/format/figures';
import { formatDate, type StoryZone } from '../../../shared/time/calendar';
import { messagesFor } from '../../../shared/i18n/catalogues';
import { datedText } from '../../../shared/format/datedText';

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
  const t = messagesFor(zone?.lang);
  const figures = event.figures.map((figure) => formatFigure(figure, zone?.lang));
  return t.markLabel({ date: datedText(event, zone, t), words: [event.title, ...figures], kind: kindLabel });
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
  const t = messagesFor(zone?.lang);
  const where = from === to ? t.clusterOn({ count, lane: laneName, day: from }) : t.clusterFromTo({ count, lane: laneName, from, to });
  return `${where} ${canZoom ? t.clusterZoom : t.clusterList}`;
}
