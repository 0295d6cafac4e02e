import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { dateFormats, formatDayRange } from '../../../shared/time/calendar';
import { formatLocale } from '../../../shared/text/language';
import { estimateTextWidth } from './textWidth';
import { NO_WARP, unbrokenStretches, type TimeWarp } from './warp';
import { DAY, HOUR, type TimeWindow } from './window';

/**
 * Axis ticks that adapt to the zoom: months, weeks, days, then hours, chosen from d3-time's UTC
 * intervals. Everything is UTC: a date-only value names a calendar day, so "24 Nov" must be the
 * same tick for a reader in Los Angeles, London and Tokyo.
 */

export type TickUnit = 'hour' | 'day' | 'month' | 'year';

/** One level of tick density: an interval, its typical length, and how it is labelled. */
export interface TickLevel {
  name: string;
  interval: TimeInterval;
  /** Typical length of one step, in milliseconds. */
  step: number;
  unit: TickUnit;
}

/** A tick to draw: its instant, its label ("24 Nov", "06:00"), and whether it starts a larger unit. */
export interface AxisTick {
  time: number;
  label: string;
  major: boolean;
}

const everyHours = (n: number): TimeInterval => utcHour.every(n) ?? utcHour;
// A fixed two-day rhythm counted from the epoch, not from each month's first day, so the gap
// never shrinks to one day at a month's end.
const everyOtherDay = utcDay.filter((date) => Math.round(date.getTime() / DAY) % 2 === 0);
const quarters = utcMonth.every(3) ?? utcMonth;

/** From the finest to the coarsest. */
export const TICK_LEVELS: readonly TickLevel[] = [
  { name: '30 minutes', interval: utcMinute.every(30) ?? utcHour, step: HOUR / 2, unit: 'hour' },
  { name: 'hour', interval: utcHour, step: HOUR, unit: 'hour' },
  { name: '3 hours', interval: everyHours(3), step: 3 * HOUR, unit: 'hour' },
  { name: '6 hours', interval: everyHours(6), step: 6 * HOUR, unit: 'hour' },
  { name: '12 hours', interval: everyHours(12), step: 12 * HOUR, unit: 'hour' },
  { name: 'day', interval: utcDay, step: DAY, unit: 'day' },
  { name: '2 days', interval: everyOtherDay, step: 2 * DAY, unit: 'day' },
  { name: 'week', interval: utcMonday, step: 7 * DAY, unit: 'day' },
  { name: '2 weeks', interval: utcMonday.every(2) ?? utcMonday, step: 14 * DAY, unit: 'day' },
  { name: 'month', interval: utcMonth, step: 30 * DAY, unit: 'month' },
  { name: '3 months', interval: quarters, step: 91 * DAY, unit: 'month' },
  { name: 'year', interval: utcYear, step: 365 * DAY, unit: 'year' },
];

/** The least room, in pixels, between two ticks of each unit: its widest label and a gap. */
const MIN_SPACING: Record<TickUnit, number> = { hour: 50, day: 56, month: 72, year: 48 };

/** The finest level whose ticks stand far enough apart at this zoom. */
export function tickLevel(spanMs: number, widthPx: number): TickLevel {
  const pxPerMs = widthPx / Math.max(1, spanMs);
  return TICK_LEVELS.find((level) => level.step * pxPerMs >= MIN_SPACING[level.unit]) ?? TICK_LEVELS[TICK_LEVELS.length - 1]!;
}

interface TickFormats {
  dayMonth: Intl.DateTimeFormat;
  monthOnly: Intl.DateTimeFormat;
  monthYear: Intl.DateTimeFormat;
  hourMinute: Intl.DateTimeFormat;
  year: Intl.DateTimeFormat;
}

const tickFormatsByLocale = new Map<string, TickFormats>();

/** The axis's short formats in a story's language, made once per locale. */
function tickFormats(lang: string | undefined): TickFormats {
  const locale = formatLocale(lang);
  let formats = tickFormatsByLocale.get(locale);
  if (!formats) {
    const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    formats = {
      dayMonth: utc({ day: 'numeric', month: 'short' }),
      monthOnly: utc({ month: 'short' }),
      monthYear: utc({ month: 'short', year: 'numeric' }),
      hourMinute: utc({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      year: utc({ year: 'numeric' }),
    };
    tickFormatsByLocale.set(locale, formats);
  }
  return formats;
}

/**
 * A tick's label in UTC, in the story's language (`lang`): hours as "06:00" (or "06:30") (midnight
 * names its day), days as "24 Nov", months as "Nov" ("Jan 2024" in January), years as "2024".
 */
export function formatTick(time: number, unit: TickUnit, lang?: string): { label: string; major: boolean } {
  const { dayMonth, monthOnly, monthYear, hourMinute, year } = tickFormats(lang);
  const date = new Date(time);
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
  switch (unit) {
    case 'hour':
      return midnight ? { label: dayMonth.format(date), major: true } : { label: hourMinute.format(date), major: false };
    case 'day':
      return { label: dayMonth.format(date), major: date.getUTCDate() === 1 };
    case 'month':
      return date.getUTCMonth() === 0 ? { label: monthYear.format(date), major: true } : { label: monthOnly.format(date), major: false };
    case 'year':
      return { label: year.format(date), major: true };
  }
}

/**
 * Every tick of the chosen level inside the view, labelled. The view is in chart time; on a broken
 * axis only the stretches drawn at full scale get ticks (a break is marked instead), and each tick
 * keeps its real time.
 */
export function timeTicks(view: TimeWindow, widthPx: number, warp: TimeWarp = NO_WARP, lang?: string): AxisTick[] {
  const level = tickLevel(view.end - view.start, widthPx);
  return unbrokenStretches(warp, view).flatMap((stretch) =>
    level.interval.range(new Date(stretch.start), new Date(stretch.end + 1)).map((date) => {
      const time = date.getTime();
      return { time, ...formatTick(time, level.unit, lang) };
    }),
  );
}

/** A tick placed on the axis, with the label dropped where it would overlap another or run off the edge. */
export interface PlacedTick extends AxisTick {
  x: number;
  showLabel: boolean;
}

/**
 * Places ticks at pixel positions and hides any label that would overlap the one before it, a
 * `reserved` stretch (a break's label), or be clipped by the plot's edges, so the axis stays
 * legible at every zoom and width.
 */
export function placeTicks(
  ticks: readonly AxisTick[],
  toX: (time: number) => number,
  widthPx: number,
  fontPx: number,
  gap = 8,
  reserved: readonly { x0: number; x1: number }[] = [],
): PlacedTick[] {
  let lastRight = Number.NEGATIVE_INFINITY;
  return ticks.map((tick) => {
    const x = toX(tick.time);
    const half = estimateTextWidth(tick.label, fontPx) / 2;
    const clear = reserved.every((r) => x + half + gap <= r.x0 || x - half - gap >= r.x1);
    const fits = clear && x - half >= 0 && x + half <= widthPx && x - half >= lastRight + gap;
    if (fits) lastRight = x + half;
    return { ...tick, x, showLabel: fits };
  });
}

/**
 * The view in words, for the controls: "7 October – 1 December 2023" for days, or
 * "30 November 2023, 06:00–12:00" within a day or two, on the story's clock (its declared zone's
 * local time, or UTC), which the story's times name.
 */
export function formatViewRange(view: TimeWindow, lang?: string): string {
  const start = new Date(view.start);
  const end = new Date(view.end);
  if (view.end - view.start >= 2 * DAY) return formatDayRange(utcDay.floor(start).getTime(), utcDay.floor(new Date(view.end - 1)).getTime(), lang);
  const { dayMonthYear, timeOfDay } = dateFormats(lang);
  const sameDay = utcDay.floor(start).getTime() === utcDay.floor(new Date(view.end - 1)).getTime();
  if (sameDay) return `${dayMonthYear.format(start)}, ${timeOfDay.format(start)}–${timeOfDay.format(end)}`;
  return `${dayMonthYear.format(start)}, ${timeOfDay.format(start)} – ${dayMonthYear.format(end)}, ${timeOfDay.format(end)}`;
}
