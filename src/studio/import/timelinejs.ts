import { parseCsv } from './csv';

/**
 * A TimelineJS3 timeline, from its spreadsheet exported as CSV (the documented columns: Year,
 * Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media,
 * Media Credit, Media Caption, Media Thumbnail, Type, Group, Background) or from its JSON
 * (`events[].start_date`, `text.headline`, …), read into events the editor then anchors to the
 * article's words. What Sourceline has no place for (media, backgrounds) is named, not dropped
 * silently; a row that cannot be read is left out with the reason.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export interface ImportedEvent {
  title: string;
  /** The slide's text, without its HTML. */
  text: string;
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:MM when the sheet gives a time; empty when it gives no date. */
  start: string;
  end?: string;
  precision: DatePrecision;
  endPrecision?: DatePrecision;
  displayDate?: string;
  group?: string;
  /** `era` for TimelineJS's eras. */
  type?: string;
  /** Where it came from, for messages: "row 4", "events[2]". */
  source: string;
}

export interface ImportedTimeline {
  title?: { headline: string; text: string };
  events: ImportedEvent[];
  /** What was left out or could not be read, each naming its row or field. */
  warnings: string[];
}

export const CSV_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit',
  'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;
const NOT_KEPT = ['Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Background'] as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…' };

/** Text without its HTML tags, entities decoded, spaces collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "9:30 pm", "21:45", "9 a.m." as HH:MM. */
export function clockTime(time: string): string | null {
  const m = /^\s*(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?\s*$/i.exec(time);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const half = m[4]?.[0]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return hour > 23 || minute > 59 ? null : `${pad(hour)}:${pad(minute)}`;
}

interface DateParts {
  year?: string | number;
  month?: string | number;
  day?: string | number;
  time?: string;
}

/** A TimelineJS date as a day (its first day for a month or a year), with its precision; or why it cannot be read. */
function readDate(parts: DateParts, end: boolean): { day: string; precision: DatePrecision; time?: string } | { problem: string } | null {
  const clean = (v: string | number | undefined) => (v === undefined ? '' : String(v).replace(/[\s,]+/g, ''));
  const [y, m, d] = [clean(parts.year), clean(parts.month), clean(parts.day)];
  if (y === '') return null;
  if (!/^\d{1,4}$/.test(y)) return { problem: `the year "${String(parts.year)}" is not one Sourceline can show (years 1 to 9999)` };
  const year = Number(y);
  if (m === '') return { day: end ? `${pad(year, 4)}-12-31` : `${pad(year, 4)}-01-01`, precision: 'year' };
  const month = Number(m);
  if (!/^\d{1,2}$/.test(m) || month < 1 || month > 12) return { problem: `the month "${String(parts.month)}" is not 1 to 12` };
  if (d === '') return { day: `${pad(year, 4)}-${pad(month)}-${pad(end ? daysIn(year, month) : 1)}`, precision: 'month' };
  const day = Number(d);
  if (!/^\d{1,2}$/.test(d) || day < 1 || day > daysIn(year, month)) return { problem: `${year}-${pad(month)} has no day "${String(parts.day)}"` };
  const base = { day: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, precision: 'day' as const };
  if (!parts.time) return base;
  const time = clockTime(parts.time);
  return time ? { ...base, time } : { problem: `the time "${parts.time}" is not a time of day` };
}

/** One slide as an event, or the reason it is left out. */
function toEvent(slide: { start: DateParts; end?: DateParts; headline: string; text: string; displayDate?: string; group?: string; type?: string }, source: string, warnings: string[]): ImportedEvent | null {
  const start = readDate(slide.start, false);
  const end = slide.end ? readDate(slide.end, true) : null;
  const title = plainText(slide.headline) || plainText(slide.text).slice(0, 80);
  for (const [which, read] of [['start', start], ['end', end]] as const) {
    if (read && 'problem' in read) warnings.push(`${source}: ${which}: ${read.problem}; the event is kept without ${which === 'start' ? 'a date' : 'an end'}`);
  }
  if (!title) {
    warnings.push(`${source}: no headline or text; left out`);
    return null;
  }
  const s = start && !('problem' in start) ? start : null;
  const e = end && !('problem' in end) ? end : null;
  // A year or a month alone is drawn over its length, as the draft does.
  const impliedEnd = s && s.precision !== 'day' && !e ? (s.precision === 'year' ? `${s.day.slice(0, 4)}-12-31` : `${s.day.slice(0, 8)}${pad(daysIn(Number(s.day.slice(0, 4)), Number(s.day.slice(5, 7))))}`) : undefined;
  const endValue = e ? `${e.day}${e.time ? `T${e.time}` : ''}` : impliedEnd;
  return {
    title,
    text: plainText(slide.text),
    start: s ? `${s.day}${s.time ? `T${s.time}` : ''}` : '',
    ...(endValue ? { end: endValue } : {}),
    precision: s?.precision ?? 'day',
    ...(e ? { endPrecision: e.precision } : {}),
    ...(slide.displayDate ? { displayDate: plainText(slide.displayDate) } : {}),
    ...(slide.group ? { group: plainText(slide.group) } : {}),
    ...(slide.type ? { type: slide.type.toLowerCase() } : {}),
    source,
  };
}

/** A TimelineJS3 spreadsheet exported as CSV. Throws when it is not one (no Year or Headline column). */
export function importTimelineCsv(text: string): ImportedTimeline {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('the file is empty');
  const columns = header.map((h) => h.trim());
  const missing = ['Year', 'Headline'].filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new Error(`this is not a TimelineJS3 spreadsheet: it has no ${missing.join(' or ')} column (its columns: ${columns.join(', ') || 'none'})`);
  const warnings: string[] = [];
  const unknown = columns.filter((c) => c !== '' && !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) warnings.push(`columns not read: ${unknown.join(', ')}`);
  const result: ImportedTimeline = { events: [], warnings };
  const unkept = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = (name: string) => (cells[columns.indexOf(name)] ?? '').trim();
    const source = `row ${i + 2}`;
    for (const column of NOT_KEPT) if (row(column)) unkept.set(column, (unkept.get(column) ?? 0) + 1);
    const type = row('Type').toLowerCase();
    if (type === 'title') {
      result.title = { headline: plainText(row('Headline')), text: plainText(row('Text')) };
      return;
    }
    if (!row('Year')) {
      if (row('Headline') || row('Text')) warnings.push(`${source}: no Year; left out ("${plainText(row('Headline')) || plainText(row('Text')).slice(0, 40)}")`);
      return;
    }
    const event = toEvent(
      {
        start: { year: row('Year'), month: row('Month'), day: row('Day'), time: row('Time') },
        ...(row('End Year') ? { end: { year: row('End Year'), month: row('End Month'), day: row('End Day'), time: row('End Time') } } : {}),
        headline: row('Headline'),
        text: row('Text'),
        displayDate: row('Display Date'),
        group: row('Group'),
        type,
      },
      source,
      warnings,
    );
    if (event) result.events.push(event);
  });
  for (const [column, count] of unkept) warnings.push(`${column}: not imported (${count} row${count === 1 ? '' : 's'}): a Sourceline event shows the article’s words, not media`);
  return result;
}

interface JsonDate {
  year?: string | number;
  month?: string | number;
  day?: string | number;
  hour?: string | number;
  minute?: string | number;
  display_date?: string;
}
interface JsonSlide {
  start_date?: JsonDate;
  end_date?: JsonDate;
  text?: { headline?: string; text?: string };
  display_date?: string;
  group?: string;
  media?: unknown;
  background?: unknown;
}

const jsonTime = (d: JsonDate | undefined) => (d?.hour !== undefined && d.hour !== '' ? `${String(d.hour)}:${pad(Number(d.minute ?? 0))}` : undefined);
const parts = (d: JsonDate): DateParts => ({ year: d.year, month: d.month, day: d.day, ...(jsonTime(d) ? { time: jsonTime(d) } : {}) });

/** A TimelineJS3 timeline's JSON. Throws when it is not one (no `events` list). */
export function importTimelineJson(text: string): ImportedTimeline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`the file is not JSON: ${(error as Error).message}`);
  }
  const timeline = (data ?? {}) as { title?: JsonSlide; events?: unknown; eras?: unknown };
  if (!Array.isArray(timeline.events)) throw new Error('this is not a TimelineJS3 timeline: it has no "events" list');
  const warnings: string[] = [];
  const result: ImportedTimeline = { events: [], warnings, ...(timeline.title?.text ? { title: { headline: plainText(timeline.title.text.headline ?? ''), text: plainText(timeline.title.text.text ?? '') } } : {}) };
  let media = 0;
  const slides: [JsonSlide, string, string | undefined][] = [
    ...(timeline.events as JsonSlide[]).map((s, i) => [s, `events[${i}]`, undefined] as [JsonSlide, string, undefined]),
    ...(Array.isArray(timeline.eras) ? (timeline.eras as JsonSlide[]) : []).map((s, i) => [s, `eras[${i}]`, 'era'] as [JsonSlide, string, string]),
  ];
  for (const [slide, source, type] of slides) {
    if (slide.media || slide.background) media += 1;
    if (!slide.start_date) {
      warnings.push(`${source}: no start_date; left out`);
      continue;
    }
    const event = toEvent(
      {
        start: parts(slide.start_date),
        ...(slide.end_date ? { end: parts(slide.end_date) } : {}),
        headline: slide.text?.headline ?? '',
        text: slide.text?.text ?? '',
        displayDate: slide.display_date ?? slide.start_date.display_date ?? '',
        group: slide.group ?? '',
        ...(type ? { type } : {}),
      },
      source,
      warnings,
    );
    if (event) result.events.push(event);
  }
  if (media > 0) warnings.push(`media and backgrounds: not imported (${media} slide${media === 1 ? '' : 's'}): a Sourceline event shows the article’s words, not media`);
  return result;
}

/** Reads either kind of file, by its first character. */
export function importTimeline(text: string): ImportedTimeline {
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? importTimelineJson(text.replace(/^\uFEFF/, '')) : importTimelineCsv(text);
}
