import * as chrono from 'chrono-node';
import { findTimesAndDates } from '../../src/shared/text/timesAndDates.ts';
import { addDays, dayMs, isoDay, lastDayOfMonth, MONTH_NAMES, spokenDay, spokenMonth, WEEKDAY_NAMES, weekdayOf } from './days.ts';

/**
 * The dates and times a sentence of a news article speaks of, and the day each one names, read
 * the way a news article is read. No library resolves news-relative dates reliably (measured:
 * chrono-node takes "on Friday" in a Tuesday article as the Friday after, "since March" as next
 * March, "Friday 17,000 people" as 5 pm), so chrono-node reads only what it reads well (a day and
 * month written out, "January 5", "23 June 2018", ranges), and the rest is decided here:
 * - a weekday is the one before the article's date, or after it when the words speak of the future;
 * - "yesterday", "last night", "today" count from the article's date;
 * - "a minute later", "the next day" count from the event told just before, not from the article;
 * - a month without a year is the most recent such month (the next one for the future), or the
 *   year the sentence names; a year alone, or a month, is drawn over its whole length.
 * Every resolution carries a sentence saying how it was reached, for the event's `dateNote`.
 */

export interface ArticleDay {
  /** The article's date (YYYY-MM-DD). */
  day: string;
  /** Whether the article states its date, or it was worked out. */
  basis: 'stated' | 'inferred';
}

export type Precision = 'day' | 'month' | 'year';

/** What a date expression names, resolved. */
export interface Resolved {
  start: string;
  end?: string;
  precision: Precision;
  /** The words name the day itself (a day and month), so the date may be `stated` if the data pipeline agrees. */
  stated: boolean;
  /** How the day was reached, as a sentence for `dateNote`. */
  note: string;
}

export interface ResolveContext {
  article: ArticleDay | undefined;
  /** The clause speaks of what is to come ("is due to", "will", "could"). */
  future: boolean;
  /** The day (and time) of the event told just before, for "a minute later" or "the next day". */
  previous?: { day: string; time?: string; words: string };
  /** A year the sentence itself names ("2014 has been a year of air disasters"), for a month without one. */
  yearHint?: number;
}

export type MentionLevel = 'date' | 'relative' | 'chain' | 'period' | 'month' | 'year' | 'time';

/** A date or time expression found in a sentence, by its offsets in the sentence. */
export interface TemporalMention {
  start: number;
  end: number;
  text: string;
  level: MentionLevel;
  /** For a time of day: HH:MM as written, and the zone words beside it ("local time", "UTC"). */
  clock?: { time: string; zone?: string };
  /** For "a minute later": the shift from the event before. */
  shift?: { minutes: number };
  /** For a year ("2016", "last year"): which. */
  year?: number;
  resolve: (ctx: ResolveContext) => Resolved | null;
}

/** Plurals without an s: "2014 people" is a count, "2014 arrest" a year. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'feet', 'teeth', 'mice', 'geese', 'fish']);

/** Higher is more precise: the mention a clause is dated by. */
export const LEVEL_RANK: Record<MentionLevel, number> = { date: 6, relative: 5, chain: 4, period: 3, month: 2, year: 1, time: 0 };

const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const PART = '(morning|afternoon|evening|night)';
const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const UNIT_MINUTES: Record<string, number> = { minute: 1, hour: 60, day: 1440, week: 10080 };

const quoteWords = (words: string) => `“${words}”`;
const articleWords = (article: ArticleDay) => `in an article dated ${spokenDay(article.day)}`;

/** The weekday nearest the article's date on the side the words speak of. */
function weekdayFrom(article: ArticleDay, weekday: number, direction: 'before' | 'after' | 'strictly-before' | 'strictly-after'): string {
  const base = weekdayOf(article.day);
  if (direction === 'before' || direction === 'strictly-before') {
    let back = (base - weekday + 7) % 7;
    if (back === 0 && direction === 'strictly-before') back = 7;
    return addDays(article.day, -back);
  }
  let ahead = (weekday - base + 7) % 7;
  if (ahead === 0 && direction === 'strictly-after') ahead = 7;
  return addDays(article.day, ahead);
}

function weekdayMention(start: number, text: string, modifier: string | undefined, name: string, until: boolean): TemporalMention {
  const weekday = WEEKDAY_NAMES.indexOf(name as (typeof WEEKDAY_NAMES)[number]);
  return {
    start,
    end: start + text.length,
    text,
    level: 'relative',
    resolve: ({ article, future }) => {
      if (!article) return null;
      // "by Friday's storms": "by" names who did it, not a deadline.
      const mod = /['’]s\b/.test(text) ? undefined : modifier?.toLowerCase();
      const direction = mod === 'last' ? 'strictly-before' : mod === 'next' ? 'strictly-after' : future || mod === 'until' || mod === 'by' ? 'after' : 'before';
      const day = weekdayFrom(article, weekday, direction);
      const side = direction.includes('before') ? 'before' : 'after';
      const same = day === article.day;
      const note = same
        ? `${quoteWords(text)}, ${articleWords(article)}, is taken as that day.`
        : `${quoteWords(text)}, ${articleWords(article)}, is taken as the ${name} ${side} it, ${spokenDay(day)}.`;
      return until ? { start: article.day, end: day, precision: 'day', stated: false, note } : { start: day, precision: 'day', stated: false, note };
    },
  };
}

const CASUAL_SHIFT: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1, overnight: -1 };

function casualMention(start: number, text: string, key: string): TemporalMention {
  return {
    start,
    end: start + text.length,
    text,
    level: 'relative',
    resolve: ({ article }) => {
      if (!article) return null;
      const shift = CASUAL_SHIFT[key] ?? 0;
      const day = addDays(article.day, shift);
      const note =
        shift === 0
          ? `${quoteWords(text)} is the article’s own day, ${spokenDay(day)}.`
          : `${quoteWords(text)} is the day ${shift < 0 ? 'before' : 'after'} the article’s date (${spokenDay(article.day)}): ${spokenDay(day)}.`;
      return { start: day, precision: 'day', stated: false, note };
    },
  };
}

/** The most recent (or, for the future, the next) such month, or the month in the year the sentence names. */
function monthMention(start: number, text: string, name: string, modifier: string | undefined, yearShift?: number): TemporalMention {
  const month = MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number]) + 1;
  return {
    start,
    end: start + text.length,
    text,
    level: 'month',
    resolve: ({ article, future, yearHint }) => {
      const mod = modifier?.toLowerCase();
      let year: number;
      let how: string;
      if (yearShift !== undefined && article) {
        // "in April last year": the month in the year counted from the article's.
        year = Number(article.day.slice(0, 4)) + yearShift;
        how = `in ${year}, the year the words count from the article’s date (${spokenDay(article.day)})`;
      } else if (yearHint !== undefined && !['this', 'last', 'next'].includes(mod ?? '')) {
        // "this January", "last March" count from the article's date, whatever year the sentence names. && !['this', 'last', 'next'].includes(mod ?? '')) {
        year = yearHint!;
        how = `the year, ${year}, is the one the sentence names`;
      } else if (article) {
        const [ay, am] = article.day.split('-').map(Number) as [number, number];
        // "a January report" names something already made, whatever the sentence says is to come.
        const ahead = (future && !['a', 'an', 'the'].includes(mod ?? '')) || mod === 'until' || mod === 'till' || mod === 'by' || mod === 'next';
        year = ahead ? (month >= am ? ay : ay + 1) : month <= am ? ay : ay - 1;
        if (mod === 'last' && month === am) year = ay - 1;
        how = `taken as ${spokenMonth(year, month)}, the ${ahead ? 'next' : 'most recent'} ${name} ${ahead ? 'from' : 'up to'} the article’s date (${spokenDay(article.day)})`;
      } else return null;
      const first = isoDay(year, month, 1);
      const last = lastDayOfMonth(year, month);
      if ((mod === 'until' || mod === 'till') && article) {
        return { start: article.day, end: last, precision: 'month', stated: false, note: `${quoteWords(text)} gives no day: ${how}; drawn from the article’s date to the end of that month.` };
      }
      return { start: first, end: last, precision: 'month', stated: false, note: `${quoteWords(text)} gives no day: ${how}; drawn over the whole month.` };
    },
  };
}

function yearMention(start: number, text: string, year: number, since: boolean): TemporalMention {
  return {
    start,
    end: start + text.length,
    text,
    level: 'year',
    year,
    resolve: () => ({
      start: isoDay(year, 1, 1),
      end: isoDay(year, 12, 31),
      precision: 'year',
      stated: false,
      note: `${quoteWords(text)} gives only the year${since ? ' it began' : ''}; drawn over the whole of ${year}.`,
    }),
  };
}

/** A day and month written out, read by chrono-node; the year from the words, "this year" or "of last year", or the article's side of the date. */
function writtenDateMention(sentence: string, start: number, end: number, article: ArticleDay | undefined): TemporalMention | null {
  const words = sentence.slice(start, end);
  const [parsed] = chrono.parse(words, { instant: new Date(`${article?.day ?? '2000-01-01'}T12:00:00Z`), timezone: 0 });
  if (!parsed) return null;
  const s = parsed.start;
  const [month, day] = [s.get('month'), s.get('day')];
  if (!month || !s.isCertain('month')) return null;
  // "July 13 to 17 of last year": the year words may follow the range's last day.
  const thisYear = /^(?:\s*(?:to|-|–)\s*(\d{1,2}))?\s*(?:of\s+)?(this|last|next)\s+year\b/i.exec(sentence.slice(end));
  const shift = { this: 0, last: -1, next: 1 }[(thisYear?.[2] ?? 'this').toLowerCase() as 'this' | 'last' | 'next'];
  const rangeEnd = thisYear?.[1] ? Number(thisYear[1]) : undefined;
  const shown = thisYear ? sentence.slice(start, end + thisYear[0].length) : words;
  const level: MentionLevel = s.isCertain('day') && day ? 'date' : 'month';
  return {
    start,
    end: start + shown.length,
    text: shown,
    level,
    resolve: ({ article: art }) => {
      let year = s.isCertain('year') ? s.get('year') : null;
      let how = '';
      if (!year && thisYear && art) {
        year = Number(art.day.slice(0, 4)) + shift;
        how = ` “${thisYear[2]?.toLowerCase() ?? 'this'} year” is ${year}, ${shift === 0 ? 'the article’s year' : `counted from the article’s year, ${art.day.slice(0, 4)}`}.`;
      }
      if (!year) {
        if (!art) return null;
        // Without a year, the date on the side of the article's date the words speak of.
        const ay = Number(art.day.slice(0, 4));
        const target = day ?? 1;
        const candidates = [ay - 1, ay, ay + 1].map((y) => isoDay(y, month, target));
        // The year that puts it nearest the article's date, as the data pipeline's check reads it.
        const distance = (c: string) => Math.abs(dayMs(c) - dayMs(art.day));
        const pick = candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
        year = Number(pick.slice(0, 4));
        how = ` No year is given: ${year}, the year that puts it nearest the article’s date (${spokenDay(art.day)}).`;
      }
      if (level === 'month') {
        return { start: isoDay(year, month, 1), end: lastDayOfMonth(year, month), precision: 'month', stated: false, note: `${quoteWords(shown)} gives no day; drawn over the whole of ${spokenMonth(year, month)}.${how}` };
      }
      const startDay = isoDay(year, month, day ?? 1);
      const e = parsed.end;
      const endDay = e?.get('day') && e.get('month') ? isoDay(e.isCertain('year') ? (e.get('year') ?? year) : year, e.get('month') ?? month, e.get('day') ?? 1) : rangeEnd ? isoDay(year, month, rangeEnd) : undefined;
      return {
        start: startDay,
        ...(endDay && endDay > startDay ? { end: endDay } : {}),
        precision: 'day',
        stated: true,
        note: `The article says ${quoteWords(shown)}.${how}`,
      };
    },
  };
}

/** Reads "6:12", "4.53pm", "6am", "2:37 p.m.", "0300 UTC", "noon" as HH:MM. */
export function clockOf(words: string): string | null {
  const t = words.trim().toLowerCase();
  if (t.startsWith('noon')) return '12:00';
  if (t.startsWith('midnight')) return '00:00';
  const military = /^([0-2]\d)([0-5]\d)\s?(?:gmt|utc|hrs|hours)/.exec(t);
  if (military) return `${military[1]}:${military[2]}`;
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ?? '00';
  const half = m[3]?.[0];
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${minute}`;
}

/** A chain: "a minute later", "three days later", "the next day". */
function chainMention(start: number, text: string, minutes: number): TemporalMention {
  return {
    start,
    end: start + text.length,
    text,
    level: 'chain',
    shift: { minutes },
    resolve: ({ previous }) => {
      if (!previous) return null;
      if (Math.abs(minutes) < 1440 && previous.time) {
        return { start: previous.day, precision: 'day', stated: false, note: `${quoteWords(text)} is counted from the event told before it (${previous.words}).` };
      }
      const day = addDays(previous.day, Math.round(minutes / 1440));
      return { start: day, precision: 'day', stated: false, note: `${quoteWords(text)} is counted from the event told before it (${previous.words}): ${spokenDay(day)}.` };
    },
  };
}

/** "next week", "this weekend", "the night of Monday to Tuesday". */
function periodMention(start: number, text: string, resolve: (article: ArticleDay, future: boolean) => { start: string; end: string; how: string }): TemporalMention {
  return {
    start,
    end: start + text.length,
    text,
    level: 'period',
    resolve: ({ article, future }) => {
      if (!article) return null;
      const r = resolve(article, future);
      return { start: r.start, end: r.end, precision: 'day', stated: false, note: `${quoteWords(text)}, ${articleWords(article)}, ${r.how}.` };
    },
  };
}

/** Holidays on a fixed day of the year: month and day. */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24], 'christmas day': [12, 25], christmas: [12, 25], 'boxing day': [12, 26], "new year's eve": [12, 31], "new year's day": [1, 1], halloween: [10, 31], "valentine's day": [2, 14],
};

const mondayOf = (day: string) => addDays(day, -((weekdayOf(day) + 6) % 7));

/** True when no earlier find overlaps [start, end). */
const free = (found: readonly TemporalMention[], start: number, end: number) => !found.some((m) => start < m.end && m.start < end);

/**
 * Every date and time expression in a sentence, in order, overlapping ones resolved in favour of
 * the more specific (a written date over a weekday, a night range over its weekdays).
 */
export function findTemporal(sentence: string, article: ArticleDay | undefined): TemporalMention[] {
  const found: TemporalMention[] = [];
  const add = (mention: TemporalMention | null) => {
    if (mention && free(found, mention.start, mention.end)) found.push(mention);
  };
  const known = findTimesAndDates(sentence);

  // Times of day, with the zone words beside them.
  for (const t of known.filter((k) => k.kind === 'time')) {
    const time = clockOf(t.text);
    if (!time) continue;
    const after = sentence.slice(t.end, t.end + 40);
    const zone = /^\s*(local time|[A-Z][a-z]+(?: [A-Z][a-z]+)* Time|\((?:\d{4} )?(?:UTC|GMT)\)|UTC|GMT)/.exec(after)?.[1] ?? (/\b(GMT|UTC)\b/.exec(t.text)?.[1]);
    found.push({ start: t.start, end: t.end, text: t.text, level: 'time', clock: { time, ...(zone ? { zone } : {}) }, resolve: () => null });
  }

  // The night of Monday to Tuesday.
  for (const m of sentence.matchAll(new RegExp(`\\b(?:the\\s+)?night\\s+of\\s+${WEEKDAY}\\s+(?:to|into)\\s+${WEEKDAY}\\b`, 'g'))) {
    const [first, second] = [WEEKDAY_NAMES.indexOf(m[1] as never), WEEKDAY_NAMES.indexOf(m[2] as never)];
    add(periodMention(m.index, m[0], (art, future) => {
      const start = weekdayFrom(art, first, future ? 'after' : 'before');
      const end = addDays(start, (second - first + 7) % 7 || 1);
      return { start, end, how: `is the night of ${spokenDay(start)} to ${spokenDay(end)}` };
    }));
  }

  // Written dates: "January 5", "23 June 2018", "Feb. 9-10", "May 5 of this year", "July 13 to 17 of last year".
  for (const d of known.filter((k) => k.kind === 'date')) {
    if (/^\d{4}$/.test(d.text)) continue;
    add(writtenDateMention(sentence, d.start, d.end, article));
  }

  // Holidays on a fixed day: "Last Christmas", "on New Year's Eve", "this Halloween".
  for (const m of sentence.matchAll(/\b(?:(last|next|this)\s+)?(Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year[’']s Eve|New Year[’']s Day|Halloween|Valentine[’']s Day)\b(?!\s+Islands?\b)/gi)) {
    const which = (m[1] ?? '').toLowerCase();
    const name = (m[2] ?? '').toLowerCase().replace('’', "'");
    const [month, day] = HOLIDAYS[name] ?? HOLIDAYS.christmas!;
    add(periodMention(m.index, m[0], (art, future) => {
      const year = Number(art.day.slice(0, 4));
      const thisOne = isoDay(year, month, day);
      // The most recent one, or the next when the words or the sentence speak of what is to come.
      const ahead = which === 'next' || (which !== 'last' && future);
      const pick = ahead ? (thisOne >= art.day ? thisOne : isoDay(year + 1, month, day)) : thisOne <= art.day && which !== 'next' ? thisOne : isoDay(year - 1, month, day);
      return { start: pick, end: pick, how: `is ${spokenDay(pick)}` };
    }));
  }

  // Weeks and weekends.
  for (const m of sentence.matchAll(/\b(next|last|this|the coming|the past)\s+week\b(?!-)/gi)) {
    const which = (m[1] ?? '').toLowerCase();
    add(periodMention(m.index, m[0], (art) => {
      const monday = mondayOf(art.day);
      const start = which === 'next' || which === 'the coming' ? addDays(monday, 7) : which === 'last' || which === 'the past' ? addDays(monday, -7) : monday;
      const end = addDays(start, 6);
      return { start, end, how: `is the week of ${spokenDay(start)} to ${spokenDay(end)}` };
    }));
  }
  for (const m of sentence.matchAll(/\b(?:(this|next|last|the|over the)\s+)weekend\b/gi)) {
    const which = (m[1] ?? '').toLowerCase();
    add(periodMention(m.index, m[0], (art, future) => {
      const weekday = weekdayOf(art.day);
      const inWeekend = weekday === 6 || weekday === 0;
      let saturday = inWeekend ? addDays(art.day, weekday === 0 ? -1 : 0) : addDays(art.day, 6 - weekday);
      if (which === 'last' || (!inWeekend && !future && which !== 'next' && which !== 'this')) saturday = addDays(saturday, -7);
      if (which === 'next' && inWeekend) saturday = addDays(saturday, 7);
      const end = addDays(saturday, 1);
      return { start: saturday, end, how: `is the weekend of ${spokenDay(saturday)} and ${spokenDay(end)}` };
    }));
  }

  // Chains: "a minute later", "three days later", "the next day".
  for (const m of sentence.matchAll(/\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(minute|hour|day|week)s?\s+(later|earlier|afterwards|after|before)\b/gi)) {
    const count = COUNT_WORDS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
    const sign = /earlier|before/i.test(m[3] ?? '') ? -1 : 1;
    // "after" or "before" followed by a noun phrase names another event ("a few weeks after posting"): only "later"/"earlier" chain on their own.
    if (/^(after|before)$/i.test(m[3] ?? '') && /^\s+[a-z]/.test(sentence.slice(m.index + m[0].length))) continue;
    add(chainMention(m.index, m[0], sign * count * (UNIT_MINUTES[(m[2] ?? '').toLowerCase()] ?? 0)));
  }
  for (const m of sentence.matchAll(/\bthe\s+(?:(next|following|previous)\s+(day|morning|evening|night)|day\s+(before|after))\b/gi)) {
    const back = /previous|before/i.test(m[1] ?? m[3] ?? '');
    add(chainMention(m.index, m[0], back ? -1440 : 1440));
  }

  // Relative days: "yesterday", "last night", "earlier today", "this morning".
  for (const m of sentence.matchAll(/\b(?:earlier\s+|later\s+)?(yesterday|today|tonight|tomorrow|overnight)(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night))?\b/gi)) {
    // Capitalised inside a sentence, the word is part of a name: "The World Tonight", "the Today programme".
    if (/^[A-Z]/.test(m[0]) && /\p{L}/u.test(sentence.slice(0, m.index))) continue;
    // Inside quotation marks it is the speaker's day, not the article's: "today I feel that …", said in a speech days before.
    if ((sentence.slice(0, m.index).match(/["“”]/g) ?? []).length % 2 === 1) continue;
    add(casualMention(m.index, m[0], (m[1] ?? '').toLowerCase()));
  }
  for (const m of sentence.matchAll(/\b(last\s+night|this\s+(?:morning|afternoon|evening))\b/gi)) {
    add(casualMention(m.index, m[0], /^last/i.test(m[0]) ? 'yesterday' : 'today'));
  }

  // Weekdays: "on Sunday", "early on Sunday morning", "Friday's storms", "last Friday".
  for (const m of sentence.matchAll(new RegExp(`\\b(?:(last|next|this|until|by|since)\\s+)?(?:on\\s+)?${WEEKDAY}(?:'s|’s)?(?:\\s+${PART})?\\b`, 'g'))) {
    add(weekdayMention(m.index, m[0], m[1], m[2] ?? '', /^until$/i.test(m[1] ?? '')));
  }

  // Months without a day: "in March", "since March", "until March", "In August,", "in April last year", "a January report", "after October of next year".
  for (const m of sentence.matchAll(new RegExp(`\\b(in|since|until|till|by|from|during|through|early|late|mid|last|this|next|a|an|the|after|before)(?:\\s+|-)(?:early\\s+|late\\s+|mid-)?${MONTH}\\b(?!\\s+\\d)(?:\\s+(?:of\\s+)?(last|this|next)\\s+year\\b(?!-))?`, 'gi'))) {
    const name = m[2] ?? '';
    // A month is capitalised; "may" and "march" in lower case are words.
    if (!/^[A-Z]/.test(name)) continue;
    const canonical = MONTH_NAMES.find((n) => n.toLowerCase() === name.toLowerCase()) ?? name;
    const yearShift = m[3] ? { last: -1, this: 0, next: 1 }[m[3].toLowerCase() as 'last' | 'this' | 'next'] : undefined;
    add(monthMention(m.index, m[0], canonical, m[1], yearShift));
  }

  // Months counted from the article's: "last month", "this month's riots", "earlier this month", "next month".
  for (const m of sentence.matchAll(/\b(last|this|next)\s+month(?:'s|’s)?\b(?!-)/gi)) {
    // "the next month" is the month after another the sentence names ("in January 2022, … the next month", below), or the one to come ("over the next month"): not the article's next.
    if (!article || /\bthe\s+$/i.test(sentence.slice(0, m.index))) continue;
    const [ay, am] = article.day.split('-').map(Number) as [number, number];
    const index = ay * 12 + (am - 1) + { last: -1, this: 0, next: 1 }[(m[1] ?? '').toLowerCase() as 'last' | 'this' | 'next'];
    const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      level: 'month',
      resolve: () => ({ start: isoDay(year, month, 1), end: lastDayOfMonth(year, month), precision: 'month', stated: false, note: `${quoteWords(m[0])}, ${articleWords(article)}, is ${spokenMonth(year, month)}; drawn over the whole month.` }),
    });
  }

  // "in January 2022, prompting NARA to ask … the next month": the month after (or before) the one the sentence named just before.
  for (const m of sentence.matchAll(/\bthe\s+(next|following|previous|preceding)\s+month\b/gi)) {
    const before = found.filter((f) => f.level === 'month' && f.end <= m.index).sort((a, b) => b.end - a.end)[0];
    if (!before) continue;
    const shift = /^(?:next|following)$/i.test(m[1] ?? '') ? 1 : -1;
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      level: 'month',
      resolve: (ctx) => {
        const base = before.resolve(ctx);
        if (!base) return null;
        const [y, mo] = base.start.split('-').map(Number) as [number, number];
        const index = y * 12 + (mo - 1) + shift;
        const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
        return { start: isoDay(year, month, 1), end: lastDayOfMonth(year, month), precision: 'month', stated: false, note: `${quoteWords(m[0])} is the month ${shift > 0 ? 'after' : 'before'} ${quoteWords(before.text)}: ${spokenMonth(year, month)}; drawn over the whole month.` };
      },
    });
  }

  // Years counted from the article's: "last year", "this year", "next year".
  for (const m of sentence.matchAll(/\b(last|this|next)\s+year\b(?!-)/gi)) {
    const shift = { last: -1, this: 0, next: 1 }[(m[1] ?? '').toLowerCase() as 'last' | 'this' | 'next'];
    if (!article) continue;
    const year = Number(article.day.slice(0, 4)) + shift;
    const mention = yearMention(m.index, m[0], year, false);
    add({ ...mention, resolve: (ctx) => mention.resolve(ctx) && { ...mention.resolve(ctx)!, note: `“${m[0]}”, in an article dated ${spokenDay(article.day)}, is ${year}; drawn over the whole year.` } });
  }

  // Decades: "the 1990s", "during the 1960s and '70s".
  for (const m of sentence.matchAll(/\b((?:1[89]|20)\d)0s(?:\s+(?:and|to|through)\s+(?:the\s+)?(?:['’]|(?:1[89]|20))?(\d)0s)?\b/g)) {
    const century = (m[1] ?? '').slice(0, 2);
    const first = Number(`${m[1] ?? ''}0`);
    const lastDecade = m[2] !== undefined ? Number(`${century}${m[2]}0`) : first;
    const last = (lastDecade < first ? lastDecade + 100 : lastDecade) + 9;
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      level: 'year',
      resolve: () => ({ start: isoDay(first, 1, 1), end: isoDay(last, 12, 31), precision: 'year', stated: false, note: `${quoteWords(m[0])} gives only the decade${last - first > 9 ? 's' : ''}; drawn from ${first} to ${last}.` }),
    });
  }

  // "by the end of 2010", "the beginning of 2024": the year's last or first month.
  for (const m of sentence.matchAll(/\b(?:the\s+)?(end|close|beginning|start)\s+of\s+(1[89]\d\d|20\d\d)\b/gi)) {
    const year = Number(m[2]);
    const month = /^(?:end|close)$/i.test(m[1] ?? '') ? 12 : 1;
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      level: 'month',
      resolve: () => ({ start: isoDay(year, month, 1), end: lastDayOfMonth(year, month), precision: 'month', stated: false, note: `${quoteWords(m[0])} is taken as ${spokenMonth(year, month)}; drawn over the whole month.` }),
    });
  }

  // Years: "in 2016", "since 1965", "the 1973 building", "his 2016 arrest".
  for (const m of sentence.matchAll(/(?<![\d.,$€£#-])\b(?:(in|since|from|by|until|during)\s+)?(1[89]\d\d|20\d\d)\b(?!\d|[.,]\d|-\d|\s*(?:%|percent|per cent))/gi)) {
    const year = Number(m[2]);
    const next = /^\s+([a-z]+)/.exec(sentence.slice(m.index + m[0].length))?.[1] ?? '';
    // "2014 people" counts; "2014 has been", "2016 arrest", "1973 building" name a year.
    if (!m[1] && ((next.endsWith('s') && !['has', 'was', 'is', 'its', 'as', 'us'].includes(next)) || IRREGULAR_PLURALS.has(next))) continue;
    add(yearMention(m.index, m[0], year, /since/i.test(m[1] ?? '')));
  }

  return found.sort((a, b) => a.start - b.start);
}

/** Words that tell of what is to come: a forecast or a plan, not a report. */
export function speaksOfFuture(clause: string): boolean {
  if (/\b(?:will|shall|(?:is|are)\s+(?:not\s+)?(?:due|expected|set|scheduled|likely|going)\s+to|(?:is|are)\s+to|plans?\s+to|planned\s+to|upcoming|forecast)\b/i.test(clause)) return true;
  // "has scheduled a press conference for 1:30 p.m. Friday": set for a time to come.
  if (/(?<!\b(?:was|were|had been)\s+)\b(?:scheduled|planned|set)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}for\b/i.test(clause)) return true;
  // "said work would resume on Monday": the future of a report.
  if (/\bwould\s+(?!have\b)/i.test(clause)) return true;
  // "could flood", "should return", but not "could have survived" (the past) nor a "could" inside a report of the past.
  return /\b(?:could|should|may|might)\s+(?!have\b)/i.test(clause) && !tellsOfPast(clause);
}

/** A verb in the past: "was", "had", or a word in -ed that is not a participle after "be" ("could be flooded"). */
export function tellsOfPast(clause: string): boolean {
  return /\b(?:was|were|had|did)\b/i.test(clause) || /(?<!\b(?:be|been|being)\s)\b[a-z]{3,}ed\b/.test(clause);
}

/** Sentences of a clause: a four-digit year named on its own, for months without one. */
export function yearHintOf(mentions: readonly TemporalMention[]): number | undefined {
  // "in April last year": the year counted from the article's, as well as one written out.
  const years = [...new Set(mentions.flatMap((m) => (m.level === 'year' && m.year !== undefined ? [m.year] : [])))];
  return years.length === 1 ? years[0] : undefined;
}
