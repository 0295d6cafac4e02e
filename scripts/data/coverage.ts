import type { Quote } from '../../src/shared/schema/schema.ts';
import type { TextSpan } from '../../src/shared/article/structure.ts';
import { findNumbers } from '../../src/shared/text/numbers.ts';
import { findTimesAndDates } from '../../src/shared/text/timesAndDates.ts';
import { withUnit, type UnitMention } from './figures.ts';
import { splitSentences } from './sentences.ts';

/**
 * The coverage report: each sentence of the article's body that states a date, a time, a
 * relative day ("a week ago", "last month", "overnight", "on Monday") or a number that no event
 * quotes. Words are not figures ("dead", "killed" are what a number counts, not a number), nor are
 * labels ("Category 4", "No. 10") or descriptions ("a three-story building"). A dateline states
 * the article's own date: the story's `date` covers it.
 */

export type MentionKind = 'date' | 'time' | 'relative' | 'number' | 'dateline';

/** A fact-bearing stretch of a sentence, by its offsets in the article. */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
}

/** A sentence that states a number, date or duration that no event quotes. */
export interface UncoveredSentence {
  sentence: TextSpan;
  mentions: Mention[];
}

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const UNIT = '(?:minute|hour|day|week|weekend|fortnight|month|year|decade)s?';
const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|\\d+)';
const PARTS = '(?:morning|afternoon|evening|night)';
const RELATIVE = new RegExp(
  [
    `\\b${COUNT}\\s+${UNIT}\\s+(?:ago|earlier|later|before|after|from now)\\b`,
    `\\b(?:last|next|this|past|coming|previous|following)\\s+(?:${UNIT}|${PARTS}|${WEEKDAY})\\b`,
    `\\b(?:earlier|later)\\s+(?:this|that|in the)\\s+(?:${UNIT}|${PARTS})\\b`,
    `\\b(?:the\\s+(?:next|following|previous)\\s+(?:day|morning|night|week)|the\\s+day\\s+(?:before|after))\\b`,
    '\\b(?:yesterday|today|tomorrow|tonight|overnight)\\b',
    `\\b${WEEKDAY}(?:\\s+${PARTS})?\\b`,
  ].join('|'),
  'giu',
);
const CAPITALISED_RELATIVE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/;

/** Numbers that name rather than count: "Category 4", "No. 10", "Flight 370". */
const LABEL_BEFORE = /(?:\b(?:Category|Level|Grade|Phase|Stage|No\.|Number|Flight|Route|Highway|Article|Section|Chapter|Resolution|Room|Gate|Terminal|Platform|Channel|Page|Vol\.|Episode|Season|Round|Game|Unit|Block|Ward|District|Zone|Camp)\s*)$/;
/** Compounds that measure (a span of time, an age, a group's size) are figures; other compounds describe ("three-story", "two-lane"). */
const MEASURING_COMPOUND = /^-(?:minute|hour|day|week|month|year|decade|member|person|man|woman|strong|seat)s?(?:-old)?\b/i;

const DATELINE = new RegExp(
  "^[A-Z][A-Z'’.\\-]+(?:\\s[A-Z][A-Z'’.\\-]+)*(?:,\\s[\\p{Lu}][\\p{L}.'’\\- ]*?)*" +
    '(?:,?\\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s\\d{1,2}(?:,\\s\\d{4})?)?' +
    '(?:\\s\\([^)]{1,40}\\))?(?:\\s*[—–-]\\s*|$)',
  'u',
);

const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** A paragraph that is only a date, as a wire service or Wikinews sets its dateline: "Friday, March 3, 2023", "Tuesday, December 30th, 2014". */
const DATE_LINE = new RegExp(
  '^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?' +
    `(?:${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\.?$`,
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const localDateLines = new Map<string, RegExp | null>();

/**
 * A paragraph that is only a date in the words of a language other than English, as the platform
 * names its months and weekdays ("الجمعة، 3 مارس 2023", "vendredi 3 mars 2023"): a weekday
 * perhaps, the day in digits of any script, the month's name, the year. Null for English (the
 * English pattern above reads more forms) and for a language the platform cannot name dates in.
 */
function localDateLine(lang: string | undefined): RegExp | null {
  if (lang === undefined) return null;
  const cached = localDateLines.get(lang);
  if (cached !== undefined) return cached;
  let pattern: RegExp | null = null;
  try {
    if (new Intl.Locale(lang).language !== 'en') {
      const day = (i: number) => new Date(Date.UTC(2023, 0, 1 + i));
      const month = (i: number) => new Date(Date.UTC(2023, i, 3));
      // The month as a date writes it (some languages change its ending there: "3 марта"), and alone.
      const inDate = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      const alone = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
      const months = Array.from({ length: 12 }, (_, i) => [inDate.formatToParts(month(i)).find((p) => p.type === 'month')?.value, alone.format(month(i))]).flat();
      const weekdayFormat = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
      const weekdays = Array.from({ length: 7 }, (_, i) => weekdayFormat.format(day(i)));
      const words = (list: readonly (string | undefined)[]) => [...new Set(list.filter((w): w is string => Boolean(w)))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
      const M = `(?:${words(months)})`;
      const SEP = '[\\s,،]+';
      pattern = new RegExp(`^(?:(?:${words(weekdays)})${SEP})?(?:\\p{Nd}{1,2}\\.?\\s+${M}|${M}\\s+\\p{Nd}{1,2})${SEP}\\p{Nd}{4}\\.?$`, 'iu');
    }
  } catch {
    pattern = null;
  }
  localDateLines.set(lang, pattern);
  return pattern;
}

/**
 * The dateline a paragraph opens with ("BANGKOK, July 10 (Reuters) — "), or a paragraph that is
 * nothing but a date ("Friday, March 3, 2023"; in a story of another language `lang`, also one in
 * that language's words, "الجمعة، 3 مارس 2023"), as a span of the paragraph.
 */
export function datelineOf(paragraph: TextSpan, lang?: string): TextSpan | null {
  const line = paragraph.text.trim();
  if (DATE_LINE.test(line) || localDateLine(lang)?.test(line)) return { start: paragraph.start, end: paragraph.start + paragraph.text.trimEnd().length, text: paragraph.text.trimEnd() };
  const m = DATELINE.exec(paragraph.text);
  if (!m || m[0].trim().length < 4 || !/[,(—–-]|\d/.test(m[0])) return null;
  return { start: paragraph.start, end: paragraph.start + m[0].trimEnd().length, text: m[0].trimEnd() };
}

/**
 * The numbers of a text that count or measure something, with the currency or percentage their
 * words give them: labels ("Category 4"), descriptions ("a three-story building") and the pronoun
 * "one" are left out. The coverage report lists these, and the studio's draft proposes them as
 * figures, so both read a sentence's numbers the same way.
 */
export function countedNumbers(text: string): UnitMention[] {
  return findNumbers(text).flatMap((m) => {
    if (LABEL_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return [];
    const after = text.slice(m.end, m.end + 24);
    if (/^-[A-Za-z]/.test(after) && !MEASURING_COMPOUND.test(after)) return [];
    // "one of them", "no one": a pronoun, not a count.
    if (/^one$/i.test(m.text)) return [];
    return [withUnit(text, m)];
  });
}

/** The dates, times, relative days and numbers a sentence states, as positions in the article. */
export function mentionsIn(sentence: TextSpan): Mention[] {
  const { text } = sentence;
  const found: Mention[] = [];
  for (const m of findTimesAndDates(text)) found.push({ kind: m.kind, start: m.start, end: m.end, text: m.text });
  for (const m of text.matchAll(RELATIVE)) {
    // A weekday must be capitalised to be one; "march" or "may" as words are not months either.
    if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i.test(m[0]) && !CAPITALISED_RELATIVE.test(m[0])) continue;
    found.push({ kind: 'relative', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const shown of countedNumbers(text)) found.push({ kind: 'number', start: shown.start, end: shown.end, text: shown.text });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = found.filter((m, i) => !found.slice(0, i).some((other) => m.start < other.end && other.start < m.end));
  return merged.map((m) => ({ ...m, start: m.start + sentence.start, end: m.end + sentence.start }));
}

/**
 * The coverage report over the article's body paragraphs. `dated` says whether the story
 * declares its date, which covers a dateline's date; `lang` is the story's language, whose words
 * a line that is only a date may be written in.
 */
export function coverageReport(paragraphs: readonly TextSpan[], quotes: readonly Quote[], dated = false, lang?: string): UncoveredSentence[] {
  const covered = (m: Mention) => quotes.some((q) => q.start <= m.start && m.end <= q.end);
  return paragraphs.flatMap((paragraph) => {
    const dateline = datelineOf(paragraph, lang);
    return splitSentences(paragraph).flatMap((sentence) => {
      const mentions = mentionsIn(sentence).map((m) =>
        dateline && m.start < dateline.end && (m.kind === 'date' || m.kind === 'number' || m.kind === 'relative') ? { ...m, kind: 'dateline' as const } : m,
      );
      const missing = mentions.filter((m) => !covered(m) && !(m.kind === 'dateline' && dated));
      return missing.length > 0 ? [{ sentence, mentions: missing }] : [];
    });
  });
}
