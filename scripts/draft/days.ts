/**
 * Day arithmetic on calendar days written as ISO dates (`2014-12-30`), in UTC so that no process
 * time zone moves a day. The draft reasons in days: "on Sunday", "yesterday", "three days later".
 */

const MS_PER_DAY = 86_400_000;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** Milliseconds at midnight UTC of a day. */
export function dayMs(day: string): number {
  return Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
}

/** The day (YYYY-MM-DD) of an instant, in UTC. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative for earlier). */
export function addDays(day: string, days: number): string {
  return dayOf(dayMs(day) + days * MS_PER_DAY);
}

/** 0 for Sunday … 6 for Saturday. */
export function weekdayOf(day: string): number {
  return new Date(dayMs(day)).getUTCDay();
}

/** A day written from its parts. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** The last day of a month (1-based). */
export function lastDayOfMonth(year: number, month: number): string {
  return isoDay(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayMs(b) - dayMs(a)) / MS_PER_DAY);
}

/** "Tuesday 30 December 2014", as the notes write a day. */
export function spokenDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${WEEKDAY_NAMES[weekdayOf(day)]} ${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "March 2014". */
export function spokenMonth(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}
