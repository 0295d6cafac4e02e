import type { BoundMessages } from '../i18n/messages';
import { formatDateRange, type StoryZone } from '../time/calendar';

/** An event's dates as words, saying when they are inferred: "30 November 2023 (date inferred)", in the interface's words `t`. */
export function datedText(event: { start: string; end?: string | undefined; dateBasis: string }, zone: StoryZone | undefined, t: BoundMessages): string {
  const date = formatDateRange(event.start, event.end, zone);
  return event.dateBasis === 'inferred' ? t.dateInferred({ date }) : date;
}
