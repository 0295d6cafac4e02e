/**
 * Whether a day an ISO 8601 value names is on the calendar: the data's check (the schema, the
 * authoring pipeline), apart from the formatting in `calendar.ts` that the reader's first view
 * downloads.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?=T|$)/;

/** Days in a month (1 to 12) of the proleptic Gregorian calendar, as ISO 8601 counts it. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why the day an ISO 8601 value names is not on the calendar ("2023-02-30 is not a date: February
 * 2023 has 28 days"), or null when it is. `Date.UTC` would roll 30 February over to 2 March and show
 * a date the article never gave, so the data refuses it. A value not shaped like a date is left
 * to the pattern that reads it (null here).
 */
export function impossibleDate(iso: string): string | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = match[0];
  if (month < 1 || month > 12) return `${date} is not a date: there is no month ${match[2]}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${date} is not a date: ${MONTHS[month - 1]} ${match[1]} has ${days} days`;
  return null;
}
