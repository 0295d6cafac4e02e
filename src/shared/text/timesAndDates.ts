/**
 * Where an English news text writes a time of day or a calendar date: "9:10 a.m.", "10 a.m.",
 * "0500 GMT", "noon", "June 23", "23 June 2018", "Sept. 10", "Feb. 9-10", "2018-06-23", "6/23",
 * "in 2016". Their digits are not counts, so the numbers module leaves them out, and the
 * coverage report lists them as dates and times.
 */

/** A time or date found in a text, by its UTF-16 offsets. */
export interface TimeOrDate {
  kind: 'time' | 'date';
  start: number;
  end: number;
  text: string;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const RANGE = `${DAY}(?:\\s*[-–]\\s*${DAY})?`;
const YEAR = '(?:1[6-9]\\d\\d|2\\d\\d\\d)';
const END = '(?![\\p{L}\\d])';
const AMPM = '(?:a\\.\\s?m\\.|p\\.\\s?m\\.|[ap]m(?![\\p{L}])|[AP]M(?![\\p{L}]))';

const PATTERNS: { kind: TimeOrDate['kind']; pattern: RegExp }[] = [
  // 9:10 a.m., 21:45, 10 a.m., 0500 GMT, noon, midnight
  {
    kind: 'time',
    pattern: new RegExp(`(?<![\\d:.,])(?:[01]?\\d|2[0-3])(?::[0-5]\\d(?::[0-5]\\d)?(?:\\s?${AMPM})?|\\.[0-5]\\d\\s?${AMPM})(?:\\s?(?:GMT|UTC|[A-Z]{2,4}T))?${END}`, 'gu'),
  },
  { kind: 'time', pattern: new RegExp(`(?<![\\d:.])(?:1[0-2]|0?[1-9])\\s?${AMPM}`, 'gu') },
  { kind: 'time', pattern: new RegExp(`(?<![\\d])[0-2]\\d[0-5]\\d\\s?(?:GMT|UTC|hrs|hours\\s+(?:GMT|local))${END}`, 'gu') },
  { kind: 'time', pattern: /\b(?:noon|midnight)\b/giu },
  // June 23, June 23rd, Sept. 10, Feb. 9-10, June 23, 2018, June 2018
  { kind: 'date', pattern: new RegExp(`\\b${MONTH}\\.?\\s+(?:${RANGE}(?:,?\\s+${YEAR})?|${YEAR})${END}`, 'gu') },
  // 23 June, 23rd of June 2018, 9-10 Feb.
  { kind: 'date', pattern: new RegExp(`(?<![\\d.,])${RANGE}\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+${YEAR})?`, 'gu') },
  // 2018-06-23, 6/23, 23/06/2018
  { kind: 'date', pattern: new RegExp(`(?<![\\d/])(?:${YEAR}-[01]\\d-[0-3]\\d|[0-3]?\\d/[0-3]?\\d(?:/(?:\\d{4}|\\d{2}))?)${END}(?!/)`, 'gu') },
  // in 2016, since 2014, by 2030 (a year, not a count: no noun follows)
  { kind: 'date', pattern: new RegExp(`\\b(?:in|since|until|till|by|before|after|during|from|to|through)\\s+(?:early\\s+|late\\s+|mid-?)?(${YEAR})(?!\\s+[a-z])${END}`, 'gu') },
];

/** Every time of day and calendar date in `text`, in order, overlapping finds merged. */
export function findTimesAndDates(text: string): TimeOrDate[] {
  const found: TimeOrDate[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      // "in 2016": only the year is the date.
      const year = m[1];
      const start = year ? m.index + m[0].lastIndexOf(year) : m.index;
      const end = m.index + m[0].length;
      found.push({ kind, start, end, text: text.slice(start, end) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TimeOrDate[] = [];
  for (const span of found) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) merged[merged.length - 1] = { ...last, end: span.end, text: text.slice(last.start, span.end) };
      continue;
    }
    merged.push(span);
  }
  return merged;
}
