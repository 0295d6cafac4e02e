import type { BoundMessages } from '../../shared/i18n/messages';
import { formatFigure } from '../../shared/format/figures';
import { datedText } from '../../shared/format/datedText';
import type { StoryZone } from '../../shared/time/calendar';
import type { BarGroup, NumberGroup } from './model';

/**
 * The figures of a long story away from the screen as plain text: the same words as their full
 * entries, a line each, so find-in-page and a screen reader's reading still meet every one.
 *
 * Each group's text is written once and kept with the group (groups are kept per story, see
 * `FiguresSection`): the figures render at low priority, and a render that the list's filling
 * interrupts starts again; at 100,000 events these lines were written anew each time.
 */
const written = new WeakMap<BarGroup | NumberGroup, string>();

function kept(group: BarGroup | NumberGroup, write: () => string): string {
  const text = written.get(group) ?? write();
  written.set(group, text);
  return text;
}

/** An event's bars as one line: its title, date and every figure, parts included. */
export function barGroupText(group: BarGroup, zone: StoryZone | undefined, t: BoundMessages): string {
  return kept(group, () => {
    const values = group.bars.flatMap((bar) => [formatFigure(bar.figure, zone?.lang), ...bar.parts.map((part) => formatFigure(part.figure, zone?.lang))]).join('; ');
    return `${group.event.title} — ${datedText(group.event, zone, t)}: ${values}`;
  });
}

/** An event's numbers, a line each: the figure and the event's date. */
export function numberGroupText(group: NumberGroup, zone: StoryZone | undefined, t: BoundMessages): string {
  return kept(group, () => {
    const date = datedText(group.event, zone, t);
    return group.figures.map((ref) => `${formatFigure(ref.figure, zone?.lang)} — ${date}`).join('\n');
  });
}
