import type { TimelineEvent } from '../../shared/schema/schema';
import { formatFigure } from '../../shared/format/figures';
import type { StoryZone } from '../../shared/time/calendar';
import type { KindTable } from '../../shared/schema/kinds';
import { fullMessagesFor } from '../../shared/i18n/fullMessages';
import { datedText } from '../../shared/format/datedText';

/**
 * An event of the list as one line of plain text, for the entries of a long story away from the
 * screen: the same words as its full entry (date, inferred, kind, title, summary, figures, quotes),
 * so find-in-page and a screen reader's reading still meet every one, at a fraction of the memory.
 */
export function eventListText(event: TimelineEvent, kinds: KindTable, zone?: StoryZone): string {
  const t = fullMessagesFor(zone?.lang);
  const parts = [
    `${datedText(event, zone, t)} · ${kinds.label(event.kind)}`,
    event.title,
  ];
  if (event.summary) parts.push(event.summary);
  if (event.figures.length > 0) parts.push(t.listFigures({ figures: event.figures.map((figure) => formatFigure(figure, zone?.lang)).join('; ') }));
  for (const quote of event.quotes) parts.push(t.quoted({ text: quote.text }));
  return parts.join(' — ');
}
