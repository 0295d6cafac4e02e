import type { Quote } from '../../src/shared/schema/schema.ts';
import type { AuthoredQuote } from './authoring.ts';

/** Every place `needle` occurs in `haystack`, overlapping ones included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export type QuoteLocation = { ok: true; quote: Quote } | { ok: false; message: string };

const SINGLE = /[‘’‚‛′`]/;
const DOUBLE = /[“”„‟″]/;
const DASH = /[‐‑‒–—―−]/;
const SPACE = /\s/;

type Fold = 'quotes' | 'dashes' | 'spaces';
const ALL: readonly Fold[] = ['quotes', 'dashes', 'spaces'];

/**
 * A text folded so that quote marks (curly or straight), dashes and runs of spaces compare equal,
 * with each folded character's offset in the original.
 */
function fold(text: string, kinds: readonly Fold[] = ALL): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (kinds.includes('spaces') && SPACE.test(c)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else if (kinds.includes('quotes') && SINGLE.test(c)) folded += "'";
    else if (kinds.includes('quotes') && DOUBLE.test(c)) folded += '"';
    else if (kinds.includes('dashes') && DASH.test(c)) folded += '-';
    else folded += c;
    offsets.push(i);
  }
  return { folded, offsets };
}

const NAMES: Record<Fold, string> = { quotes: 'quote marks', dashes: 'dashes', spaces: 'spaces' };

/** What sets `wanted` apart from `found` when they fold to the same text: each kind that still differs when the others are folded. */
function differences(wanted: string, found: string): string[] {
  return ALL.filter((kind) => {
    const others = ALL.filter((k) => k !== kind);
    return fold(wanted, others).folded !== fold(found, others).folded;
  }).map((kind) => NAMES[kind]);
}

/**
 * A quote that is not in the article verbatim but is once quote marks (curly or straight),
 * dashes and spaces are set aside: the article's own passage, for the message.
 */
export function nearMiss(seed: string, text: string): { start: number; end: number; text: string } | null {
  const needle = fold(text.trim()).folded;
  if (needle.length < 8) return null;
  const hay = fold(seed);
  const at = hay.folded.indexOf(needle);
  if (at === -1) return null;
  const start = hay.offsets[at] ?? 0;
  const end = (hay.offsets[at + needle.length - 1] ?? start) + 1;
  return { start, end, text: seed.slice(start, end) };
}

/**
 * Why a quote that reads the same as the article's words is not found: its characters are composed
 * differently (Unicode normalisation: "é" as one character in one, as "e" and a combining accent in
 * the other; Arabic and Hebrew marks likewise). Quotes are matched as written, never normalised,
 * so their offsets are the article's own: the editor is told to copy the words from the article.
 * Null when normalising would not find it either.
 */
export function unicodeMismatch(seed: string, text: string): string | null {
  const needle = text.normalize('NFC');
  if (needle.trim() === '' || !seed.normalize('NFC').includes(needle)) return null;
  return `quote not found verbatim: "${text}" reads as the article's words, but its characters are written differently (Unicode normalisation: a letter and its mark as one character in one and two in the other, or a letter's marks in another order); quotes are matched as written, so copy the words from the article itself`;
}

/** Finds an authored quote verbatim in the seed and records its UTF-16 offsets. */
export function locateQuote(seed: string, authored: AuthoredQuote): QuoteLocation {
  const { text, occurrence } = typeof authored === 'string' ? { text: authored, occurrence: undefined } : authored;
  const places = occurrences(seed, text);
  if (places.length === 0) {
    const near = nearMiss(seed, text);
    if (near) {
      const kinds = differences(text.trim(), near.text);
      return {
        ok: false,
        message: `quote not found verbatim: "${text}"; the article has, at ${near.start}–${near.end}, differing only in ${kinds.join(' and ') || 'spacing'}: "${near.text}"`,
      };
    }
    const composed = unicodeMismatch(seed, text);
    if (composed) return { ok: false, message: composed };
    return { ok: false, message: `quote not found in the article: "${text}"` };
  }
  if (occurrence === undefined && places.length > 1) {
    return {
      ok: false,
      message: `quote occurs ${places.length} times in the article; add "occurrence: N" (1 to ${places.length}) to say which: "${text}"`,
    };
  }
  const start = places[(occurrence ?? 1) - 1];
  if (start === undefined) {
    return { ok: false, message: `quote has occurrence ${occurrence} but occurs only ${places.length} time(s): "${text}"` };
  }
  return { ok: true, quote: { text, start, end: start + text.length } };
}
