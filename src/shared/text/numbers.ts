/**
 * Numbers an English text states, as digits ("240", "1,200", "2.5") or as words
 * ("eight", "twenty-three", "two hundred and forty", the "four" of "four-day").
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const OTHER_COUNTS = new Set(['dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'half', 'twice', 'double', 'triple', 'single']);

/** A number found in a text, with its UTF-16 position. `value` is null for vague counts ("dozens"). */
export interface NumberMention {
  value: number | null;
  start: number;
  end: number;
  text: string;
}

const DIGITS = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const WORD = /[A-Za-z]+/g;

function isNumberWord(word: string): boolean {
  return word in UNITS || word in TENS || word in SCALES;
}

function digitMentions(text: string): NumberMention[] {
  return [...text.matchAll(DIGITS)].map((m) => ({
    value: Number(m[0].replaceAll(',', '')),
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/** Joins runs of number words (with "and" or a hyphen between them) into one value. */
function wordMentions(text: string): NumberMention[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const found: NumberMention[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first) break;
    if (OTHER_COUNTS.has(first.word)) {
      found.push({ value: null, start: first.start, end: first.end, text: text.slice(first.start, first.end) });
      i += 1;
      continue;
    }
    if (!isNumberWord(first.word)) {
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
      const gap = text.slice(last.end, w.start);
      if (j > i && !/^[\s-]*$/.test(gap)) break;
      if (w.word === 'and' && j > i) {
        const next = words[j + 1];
        if (next && isNumberWord(next.word) && !(next.word in SCALES)) {
          j += 1;
          last = w;
          continue;
        }
        break;
      }
      if (w.word in UNITS) current += UNITS[w.word] ?? 0;
      else if (w.word in TENS) current += TENS[w.word] ?? 0;
      else if (w.word === 'hundred') current = (current || 1) * 100;
      else if (w.word in SCALES) {
        total += (current || 1) * (SCALES[w.word] ?? 1);
        current = 0;
      } else break;
      last = w;
      j += 1;
    }
    found.push({ value: total + current, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    i = j;
  }
  return found;
}

/** Every number the text states, in order of position. */
export function findNumbers(text: string): NumberMention[] {
  return [...digitMentions(text), ...wordMentions(text)].sort((a, b) => a.start - b.start);
}

/** True when `text` states `value`, as digits or as English words. */
export function statesNumber(text: string, value: number): boolean {
  return findNumbers(text).some((m) => m.value === value);
}
