import { withLatinDigits } from './digits';
import { findTimesAndDates } from './timesAndDates';

/**
 * Numbers an English news text states, as newsrooms write them: digits ("240", "1,200", "2.5";
 * in any script, "٢٤٠" or "٢٬٤٠٠" as well),
 * scaled ("1.1 million", "1.1M", the "1.7 billion" of "$1.7 billion", "3bn"), words ("eight",
 * "twenty-three", "two hundred and forty", the "four" of "four-day", "a dozen", "half a million"),
 * with the span of time they measure ("a week" is 7 days). Times and dates ("9:10 a.m.", "June 23",
 * "Sept. 10, 2018") and ordinals ("23rd") are not numbers. The currency or percentage around a
 * number is read where it matters, when the data is derived (`scripts/data/figures.ts`).
 *
 * Written for this project rather than taken from a library: the reader's page uses it too (to
 * point at the words that state a figure), which rules out the multi-megabyte recognisers, and
 * the small ones miss "1.1M", "a dozen" or "half", or read "9:10" and "June 23" as numbers.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 };
/** Counts without a value: a text saying "dozens" states no number a figure could hold. */
const VAGUE = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'scores', 'twice', 'double', 'triple', 'single']);
/** Spans of time a number can measure ("four-day", "a week", "11 hours"). */
const DURATIONS = /^(?:(minute|hour|day|week|fortnight|month|year)s?)(?![\p{L}])/u;

/** A number found in a text, with its UTF-16 position. `value` is null for vague counts ("dozens"). */
export interface NumberMention {
  value: number | null;
  start: number;
  end: number;
  text: string;
  /** The span of time it measures, when it does ("four-day" → day, "a week" → week). */
  duration?: string;
  /** A span of weeks counted in days ("a week" states 7 days). */
  inDays?: number;
}

const SUFFIX_SCALES: Record<string, number> = { k: 1_000, K: 1_000, m: 1_000_000, M: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, B: 1_000_000_000, tn: 1_000_000_000_000 };

/** `digits` (with an optional fraction) times `scale`, exactly: 1.1 × 1,000,000 is 1,100,000, not 1,100,000.0000000002. */
function scaled(digits: string, scale: number): number {
  const [whole = '0', fraction = ''] = digits.split('.');
  if (scale === 1) return Number(digits);
  const units = BigInt(whole + fraction) * BigInt(scale);
  const divisor = 10n ** BigInt(fraction.length);
  return units % divisor === 0n ? Number(units / divisor) : Number(digits) * scale;
}

/** What follows a number: a scale ("million", "M", "bn"), taken into the mention, and the span of time it measures. */
function afterNumber(text: string, numberEnd: number): { end: number; scale?: number; duration?: string } {
  const rest = text.slice(numberEnd);
  const suffix = /^(k|K|mn|m|M|bn|B|tn)(?![\p{L}\d])/u.exec(rest) ?? /^[\s-]+(thousand|million|billion|trillion)(?![\p{L}])/iu.exec(rest);
  const scale = suffix ? (SUFFIX_SCALES[suffix[1] ?? ''] ?? SCALES[(suffix[1] ?? '').toLowerCase()]) : undefined;
  const end = numberEnd + (suffix?.[0].length ?? 0);
  const tail = text.slice(end);
  const span = /^[\s-]/.test(tail) ? DURATIONS.exec(tail.slice(1)) : null;
  return { end, scale, duration: span?.[1] };
}

// A number does not begin inside a word ("A320", "COVID19"), except after a letter Arabic or Hebrew
// joins to the word after it ("و١٢٠٠", "and 1,200"; "ו240"), the Arabic kashida included, which
// news writing puts between such a letter and digits ("بـ6,984,520", "with 6,984,520") and which
// Unicode gives to several scripts (its Script is Common, its Script_Extensions Arabic among them).
const DIGITS = /(?<!(?![\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}])[\p{L}\d.,:/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d:/])(?!(?:st|nd|rd|th)(?![\p{L}]))/gu;

function digitMentions(text: string): NumberMention[] {
  return [...text.matchAll(DIGITS)].map((m) => {
    const after = afterNumber(text, m.index + m[0].length);
    const value = scaled((m[1] ?? '').replaceAll(',', '') + (m[2] ?? ''), after.scale ?? 1);
    return {
      value,
      start: m.index,
      end: after.end,
      text: text.slice(m.index, after.end),
      ...(after.duration ? { duration: after.duration, ...(after.duration === 'week' ? { inDays: value * 7 } : {}) } : {}),
    };
  });
}

const WORD = /[A-Za-z]+/g;

function isNumberWord(word: string): boolean {
  return word in UNITS || word in TENS || word in SCALES || word === 'dozen';
}

interface Word {
  word: string;
  start: number;
  end: number;
}

/** Only spaces or hyphens between two words. */
const joined = (text: string, a: Word, b: Word) => /^[\s-]*$/.test(text.slice(a.end, b.start));

/** Joins runs of number words (with "and" or a hyphen between them) into one value. */
function wordMentions(text: string): NumberMention[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const found: NumberMention[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first) break;
    const next = words[i + 1];
    const joinedNext = next !== undefined && joined(text, first, next);
    if (VAGUE.has(first.word)) {
      found.push({ value: null, start: first.start, end: first.end, text: text.slice(first.start, first.end) });
      i += 1;
      continue;
    }
    // "half a million", "half a dozen", or "half" alone.
    if (first.word === 'half') {
      const [article, scale] = [words[i + 1], words[i + 2]];
      if (article && scale && /^an?$/.test(article.word) && (scale.word in SCALES || scale.word === 'dozen') && joined(text, first, article) && joined(text, article, scale)) {
        const value = (scale.word === 'dozen' ? 12 : (SCALES[scale.word] ?? 1)) / 2;
        found.push({ value, start: first.start, end: scale.end, text: text.slice(first.start, scale.end) });
        i += 3;
        continue;
      }
      found.push({ value: 0.5, start: first.start, end: first.end, text: text.slice(first.start, first.end) });
      i += 1;
      continue;
    }
    // "a dozen", "a million", "an hour", "a week": the article counts one.
    if ((first.word === 'a' || first.word === 'an') && next && joinedNext) {
      if (next.word === 'dozen' || next.word in SCALES) {
        const value = next.word === 'dozen' ? 12 : (SCALES[next.word] ?? 1);
        found.push({ value, start: first.start, end: next.end, text: text.slice(first.start, next.end) });
        i += 2;
        continue;
      }
      const span = DURATIONS.exec(text.slice(next.start));
      if (span && span[0].length === next.end - next.start && !next.word.endsWith('s')) {
        found.push({ value: 1, start: first.start, end: next.end, text: text.slice(first.start, next.end), duration: span[1], ...(span[1] === 'week' ? { inDays: 7 } : {}) });
        i += 2;
        continue;
      }
    }
    if (!(first.word in UNITS || first.word in TENS || first.word in SCALES)) {
      i += 1;
      continue;
    }
    let total = 0;
    let current = 0;
    let j = i;
    let last = first;
    while (j < words.length) {
      const w = words[j];
      if (!w) break;
      if (j > i && !joined(text, last, w)) break;
      if (w.word === 'and' && j > i) {
        const after = words[j + 1];
        if (after && isNumberWord(after.word) && !(after.word in SCALES) && after.word !== 'dozen') {
          j += 1;
          last = w;
          continue;
        }
        break;
      }
      if (w.word in UNITS) current += UNITS[w.word] ?? 0;
      else if (w.word in TENS) current += TENS[w.word] ?? 0;
      else if (w.word === 'hundred') current = (current || 1) * 100;
      else if (w.word === 'dozen') current = (current || 1) * 12;
      else if (w.word in SCALES) {
        total += (current || 1) * (SCALES[w.word] ?? 1);
        current = 0;
      } else break;
      last = w;
      j += 1;
    }
    let value = total + current;
    let end = last.end;
    // "six and a half minutes": the half belongs to the number.
    const half = /^[\s-]+and[\s-]+a[\s-]+half(?![\p{L}])(?![\s-]+(?:hundred|thousand|million|billion|trillion|dozen)\b)/iu.exec(text.slice(end));
    if (half) {
      value += 0.5;
      end += half[0].length;
      j += 3;
    }
    const tail = text.slice(end);
    const span = /^[\s-]/.test(tail) ? DURATIONS.exec(tail.slice(1)) : null;
    found.push({
      value,
      start: first.start,
      end,
      text: text.slice(first.start, end),
      ...(span ? { duration: span[1], ...(span[1] === 'week' ? { inDays: value * 7 } : {}) } : {}),
    });
    i = j;
  }
  return found;
}

/** Every number the text states, in order of position; times, dates and ordinals are left out. */
export function findNumbers(original: string): NumberMention[] {
  // Digits of any script are read as numbers ("٢٤٠" states 240); each stays where it was.
  const text = withLatinDigits(original);
  const excluded = findTimesAndDates(text);
  const outside = (m: NumberMention) => !excluded.some((x) => m.start < x.end && x.start < m.end);
  const all = [...digitMentions(text), ...wordMentions(text)].filter(outside).sort((a, b) => a.start - b.start || b.end - a.end);
  // "1.1 million": the scale word belongs to the digits, not a number of its own.
  const kept = all.filter((m, i) => !all.slice(0, i).some((other) => m.start < other.end && other.start < m.end));
  return text === original ? kept : kept.map((m) => ({ ...m, text: original.slice(m.start, m.end) }));
}

/** True when a mention states `value`: as itself, or a span of weeks as its days ("a week" states 7). */
export function mentionStates(mention: NumberMention, value: number): boolean {
  return mention.value === value || mention.inDays === value;
}

/** True when `text` states `value`, as digits or as English words. */
export function statesNumber(text: string, value: number): boolean {
  return findNumbers(text).some((m) => mentionStates(m, value));
}
