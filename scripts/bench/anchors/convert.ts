/**
 * The same story for the tools we measure against: Sourceline's timeline converted to
 * TimelineJS3's JSON and to vis-timeline's items and groups. Each tool gets every event with its
 * title, dates, kind and quotes, so all three draw the same content.
 */
import type { Timeline, TimelineEvent } from '../../../src/shared/schema/schema.ts';
import { kindTable } from '../../../src/shared/schema/kinds.ts';
import { vocabularyOf } from '../../../src/shared/schema/storyVocabulary.ts';
import { formatFigure } from '../../../src/shared/format/figures.ts';
// TimelineJS and vis-timeline take HTML in their text fields; ours is text.
import { escapeHtml } from '../../../src/shared/html/escape.ts';

/** TimelineJS3 reads dates as separate, string-valued parts. */
interface TimelineJsDate {
  year: string;
  month: string;
  day: string;
  hour?: string;
  minute?: string;
}

export interface TimelineJsData {
  title: { text: { headline: string; text: string } };
  events: {
    unique_id: string;
    start_date: TimelineJsDate;
    end_date?: TimelineJsDate;
    text: { headline: string; text: string };
    group: string;
  }[];
}

export interface VisItem {
  id: string;
  content: string;
  title: string;
  start: string;
  end?: string;
  type: 'point' | 'range';
  group: string;
}


function parts(iso: string): TimelineJsDate {
  const [date = '', time] = iso.split('T');
  const [year = '', month = '', day = ''] = date.split('-');
  const out: TimelineJsDate = { year, month: String(Number(month)), day: String(Number(day)) };
  if (time) {
    const [hour = '0', minute = '0'] = time.split(':');
    out.hour = String(Number(hour));
    out.minute = String(Number(minute));
  }
  return out;
}

function body(event: TimelineEvent): string {
  const figures = event.figures.map((f) => `<li>${escapeHtml(formatFigure(f))}</li>`).join('');
  const quotes = event.quotes.map((q) => `<blockquote>${escapeHtml(q.text)}</blockquote>`).join('');
  return `${figures ? `<ul>${figures}</ul>` : ''}${quotes}`;
}

/** The story as TimelineJS3's JSON. */
export function toTimelineJs(timeline: Timeline): TimelineJsData {
  return {
    title: { text: { headline: escapeHtml(timeline.story.title), text: escapeHtml(timeline.story.headlines.at(-1) ?? '') } },
    events: timeline.events.map((event) => ({
      unique_id: event.id,
      start_date: parts(event.start),
      ...(event.end && event.end !== event.start ? { end_date: parts(event.end) } : {}),
      text: { headline: escapeHtml(event.title), text: body(event) },
      group: kindTable(vocabularyOf(timeline)).label(event.kind),
    })),
  };
}

/** The day after a date-only value: vis-timeline's range ends are exclusive, our ends are inclusive. */
function exclusiveEnd(iso: string): string {
  if (iso.includes('T')) return iso;
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The story as vis-timeline items, grouped by kind as Sourceline's lanes are. */
export function toVisTimeline(timeline: Timeline): { items: VisItem[]; groups: { id: string; content: string }[] } {
  const kinds = [...new Set(timeline.events.map((e) => e.kind))];
  return {
    groups: kinds.map((kind) => ({ id: kind, content: escapeHtml(kindTable(vocabularyOf(timeline)).label(kind)) })),
    items: timeline.events.map((event) => ({
      id: event.id,
      content: escapeHtml(event.title),
      title: escapeHtml(event.quotes[0]?.text ?? ''),
      start: event.start,
      ...(event.end ? { end: exclusiveEnd(event.end), type: 'range' as const } : { type: 'point' as const }),
      group: event.kind,
    })),
  };
}
