/**
 * Times of day in a story's declared IANA zone, worked out once, when the data is derived, with
 * the time zone database the runtime's Intl carries. The derived data then holds every time as
 * the zone's local time with its offset (`2018-07-10T10:00+07:00`), so the app shows and orders
 * it without any zone database of its own.
 */

import { impossibleDate } from '../../src/shared/time/calendarCheck.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** True when Intl knows `name` as a time zone (`Asia/Bangkok`, `UTC`). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (420 for Bangkok, −240 for New York in July). */
export function offsetMinutesAt(zone: string, instant: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** `+07:00`, `-04:00`, `+05:30`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The instants at which the zone's clocks show `wall` (wall-clock time written as if UTC): none in a gap, two in an overlap. */
export function instantsForWallClock(zone: string, wall: number): number[] {
  const offsets = new Set([offsetMinutesAt(zone, wall - DAY), offsetMinutesAt(zone, wall), offsetMinutesAt(zone, wall + DAY)]);
  return [...offsets]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => offsetMinutesAt(zone, instant) * MINUTE === wall - instant)
    .sort((a, b) => a - b);
}

const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

export type AuthoredTime = { ok: true; iso: string } | { ok: false; message: string };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The date and time a wall clock shows, written as ISO without an offset. */
function wallIso(wall: number, seconds: boolean): string {
  const d = new Date(wall);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds ? `:${pad(d.getUTCSeconds())}` : ''}`;
}

/**
 * Reads a date or time from the authoring file and writes it as the derived data holds it:
 * a day as it is; a time in the story's zone with the zone's offset at that moment (converting a
 * time given with another offset); without a declared zone, a time with an offset, in UTC (`Z`).
 * A day that does not exist (`2023-02-30`), a local time without a zone to read it in, a time
 * that a clock change skips and one it repeats (without an offset to say which) are errors.
 */
export function readAuthoredTime(value: string, zone?: string): AuthoredTime {
  const m = PARTS.exec(value);
  if (!m) return { ok: false, message: `"${value}" is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM)` };
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const hasTime = m[4] !== undefined;
  const offset = m[7];
  if (h > 23 || mi > 59 || s > 59) return { ok: false, message: `"${value}" names a time that does not exist` };
  const wall = Date.UTC(y!, mo! - 1, d, h, mi, s);
  const back = new Date(wall);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo! - 1 || back.getUTCDate() !== d) {
    return { ok: false, message: impossibleDate(value) ?? `"${value}" names a day that does not exist` };
  }
  if (!hasTime) return { ok: true, iso: value };
  const seconds = m[6] !== undefined;
  if (offset !== undefined) {
    const instant = offset === 'Z' ? wall : wall - (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * MINUTE;
    if (!zone) return { ok: true, iso: `${wallIso(instant, seconds)}Z` };
    const local = offsetMinutesAt(zone, instant);
    return { ok: true, iso: `${wallIso(instant + local * MINUTE, seconds)}${formatOffset(local)}` };
  }
  if (!zone) {
    return {
      ok: false,
      message: `"${value}" is a time of day with no zone: declare the story's time zone (story.timeZone, an IANA name such as Asia/Bangkok) or give the offset ("${value}+07:00")`,
    };
  }
  const instants = instantsForWallClock(zone, wall);
  if (instants.length === 0) return { ok: false, message: `"${value}" does not exist in ${zone}: the clocks skip it` };
  if (instants.length > 1) {
    const options = instants.map((instant) => `"${value}${formatOffset(offsetMinutesAt(zone, instant))}"`).join(' or ');
    return { ok: false, message: `"${value}" happens twice in ${zone} (the clocks go back): write the offset, ${options}` };
  }
  const offsetMinutes = offsetMinutesAt(zone, instants[0]!);
  return { ok: true, iso: `${wallIso(wall, seconds)}${formatOffset(offsetMinutes)}` };
}
