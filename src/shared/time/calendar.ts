/**
 * Calendar values from the data, as pure functions. A date-only value ("2023-11-24") names a
 * calendar day, not an instant in the reader's zone, so it is read and formatted in UTC: the
 * same day shows in Los Angeles, London and Tokyo.
 *
 * A date-time is read on the story's clock: the derived data writes every time of day as the
 * story zone's local time with that zone's offset (`2018-07-10T10:00+07:00`), and the app places,
 * orders and shows it by its local digits, as if UTC, never in the reader's zone. So "10:00" in
 * Bangkok is 10:00 on the axis, in the list and on the cards, and sorts within 10 July with that
 * day's events, whatever zone the reader is in, and no zone database is needed to show it.
 */

import { formatLocale } from '../text/language';
import { messagesFor } from '../i18n/catalogues';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for "YYYY-MM-DD" with no time part. */
export function isDateOnly(iso: string): boolean {
  return DATE_ONLY.test(iso);
}

/**
 * Milliseconds on the story's clock: midnight UTC for a date-only value, and for a date-time the
 * local time its digits give, written as if UTC (its offset is the story zone's, and is set aside).
 */
export function toInstant(iso: string): number {
  const known = instants.get(iso);
  if (known !== undefined) return known;
  const instant = parseInstant(iso);
  // Bounded: a story's dates repeat (a year of 100,000 events has at most a few thousand), so the
  // cache stays small; an unusual run of distinct values only starts it again.
  if (instants.size >= INSTANT_CACHE) instants.clear();
  instants.set(iso, instant);
  return instant;
}

/**
 * Instants already parsed, by their ISO text: every list, panel and layout of a story of 100,000
 * events asks for each event's instants, and parsing them again each time took most of a second.
 */
const instants = new Map<string, number>();
const INSTANT_CACHE = 20_000;

function parseInstant(iso: string): number {
  const day = DATE_ONLY.exec(iso);
  if (day) return Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  const time = DATE_TIME.exec(iso);
  if (!time) throw new RangeError(`Not an ISO 8601 date: ${iso}`);
  const [, y, mo, d, h, mi, s = '0', fraction = '0'] = time;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(`0.${fraction}`) * 1000);
}

/** The instant an event's time ends: the close of an inclusive last day, or the start for a moment. */
export function endInstant(start: string, end?: string): number {
  const last = end ?? start;
  return isDateOnly(last) ? toInstant(last) + MS_PER_DAY : toInstant(last);
}

/** How a story's dates are written: its zone, as its data declares it (`story.timeZone`, `story.timeZoneName`), and its language (`story.lang`). */
export interface StoryZone {
  timeZone?: string | undefined;
  timeZoneName?: string | undefined;
  /** The story's language (BCP 47): month names, digits and the order of a date's parts follow it. */
  lang?: string | undefined;
}

/** A locale's formats for calendar days and times of day, on the story's clock (UTC, see above). */
export interface DateFormats {
  dayMonthYear: Intl.DateTimeFormat;
  dayMonth: Intl.DateTimeFormat;
  dayOnly: Intl.DateTimeFormat;
  timeOfDay: Intl.DateTimeFormat;
  /** Whether the locale writes the day before the month ("24 November 2023", not "November 24, 2023"). */
  dayFirst: boolean;
}

const formatsByLocale = new Map<string, DateFormats>();

/** The date formats for a story's language, made once per locale (see `formatLocale`). */
export function dateFormats(lang?: string): DateFormats {
  const locale = formatLocale(lang);
  let formats = formatsByLocale.get(locale);
  if (!formats) {
    const dayMonthYear = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    const parts = dayMonthYear.formatToParts(0).map((part) => part.type);
    formats = {
      dayMonthYear,
      dayMonth: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long' }),
      dayOnly: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric' }),
      timeOfDay: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      dayFirst: parts.indexOf('day') < parts.indexOf('month') && parts.indexOf('month') < parts.indexOf('year'),
    };
    formatsByLocale.set(locale, formats);
  }
  return formats;
}

/**
 * The calendar days from `first` to `last` (midnights on the story's clock) in words, the parts
 * they share written once: "24–27 November 2023", "28 November – 2 December 2023",
 * "30 November 2023 – 2 January 2024", or one day. A locale that writes the month first
 * ("November 24–27, 2023") or the year first gets the platform's own range format.
 */
export function formatDayRange(first: number, last: number, lang?: string): string {
  const { dayMonthYear, dayMonth, dayOnly, dayFirst } = dateFormats(lang);
  if (first === last) return dayMonthYear.format(first);
  if (!dayFirst) return dayMonthYear.formatRange(first, last);
  const [a, b] = [new Date(first), new Date(last)];
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${dayMonthYear.format(a)} – ${dayMonthYear.format(b)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${dayMonth.format(a)} – ${dayMonthYear.format(b)}`;
  return `${dayOnly.format(a)}–${dayMonthYear.format(b)}`;
}

/** "UTC", "UTC+7", "UTC−4", "UTC+5:30": a time's offset, when nothing names its zone. */
function offsetLabel(iso: string): string {
  const offset = DATE_TIME.exec(iso)?.[8] ?? 'Z';
  if (offset === 'Z' || offset === '+00:00' || offset === '-00:00') return 'UTC';
  const [hours, minutes] = [Number(offset.slice(1, 3)), offset.slice(4, 6)];
  return `UTC${offset.startsWith('-') ? '−' : '+'}${hours}${minutes === '00' ? '' : `:${minutes}`}`;
}

/**
 * How a time names its zone: the story's own name for it ("ICT"), else its zone's city
 * ("Bangkok time", "New York time"), else its offset ("UTC+7"; "UTC" for a story without a zone).
 */
export function zoneLabel(iso: string, zone?: StoryZone): string {
  if (zone?.timeZoneName) return zone.timeZoneName;
  const name = zone?.timeZone;
  if (name && !/^(?:Etc\/)?(?:UTC|UCT|GMT|Zulu|Universal)$/i.test(name)) {
    const city = name.split('/').at(-1)?.replaceAll('_', ' ');
    if (city) return messagesFor(zone.lang).cityTime({ city });
  }
  return offsetLabel(iso);
}

/** The zone the story's times are in, in words, or null when it declares none: "ICT (Asia/Bangkok)". */
export function storyZoneText(zone: StoryZone): string | null {
  if (!zone.timeZone) return null;
  const label = zoneLabel('', zone);
  return label === zone.timeZone ? label : `${label} (${zone.timeZone})`;
}

/** "24 November 2023"; a date-time adds its local time and its zone ("10 July 2018, 10:00 ICT"). */
export function formatDate(iso: string, zone?: StoryZone): string {
  const { dayMonthYear, timeOfDay } = dateFormats(zone?.lang);
  const instant = toInstant(iso);
  const day = dayMonthYear.format(instant);
  return isDateOnly(iso) ? day : `${day}, ${timeOfDay.format(instant)} ${zoneLabel(iso, zone)}`;
}

/**
 * "24–27 November 2023", "28 November – 2 December 2023", "10 July 2018, 10:00–21:10 ICT", or one
 * date when there is no end. `zone` is the story's, so times name it.
 */
export function formatDateRange(start: string, end?: string, zone?: StoryZone): string {
  const key = `${zone?.lang ?? ''}|${zone?.timeZone ?? ''}|${zone?.timeZoneName ?? ''}|${start}|${end ?? ''}`;
  const known = ranges.get(key);
  if (known !== undefined) return known;
  const text = rangeText(start, end, zone);
  if (ranges.size >= INSTANT_CACHE) ranges.clear();
  ranges.set(key, text);
  return text;
}

/**
 * Date ranges already written, by language, zone and values: a story of 100,000 events writes
 * each event's dates for its list, its figures and its marks, and most of them repeat.
 */
const ranges = new Map<string, string>();

function rangeText(start: string, end: string | undefined, zone: StoryZone | undefined): string {
  if (end === undefined || end === start) return formatDate(start, zone);
  if (!isDateOnly(start) && !isDateOnly(end) && start.slice(0, 10) === end.slice(0, 10)) {
    const { dayMonthYear, timeOfDay } = dateFormats(zone?.lang);
    const [a, b] = [toInstant(start), toInstant(end)];
    return `${dayMonthYear.format(a)}, ${timeOfDay.format(a)}–${timeOfDay.format(b)} ${zoneLabel(end, zone)}`;
  }
  if (!isDateOnly(start) || !isDateOnly(end)) return `${formatDate(start, zone)} – ${formatDate(end, zone)}`;
  return formatDayRange(toInstant(start), toInstant(end), zone?.lang);
}

/**
 * A copy of `items` ordered by start, then by end, then by id, so every list shows events in the
 * same order. Each date is parsed once rather than at every comparison (a sort compares about
 * n·log n times: at 100,000 events, seconds of parsing).
 */
export function sortByTime<T extends { id: string; start: string; end?: string | undefined }>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, start: toInstant(item.start), end: endInstant(item.start, item.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0))
    .map(({ item }) => item);
}
