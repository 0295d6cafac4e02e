import { createHash } from 'node:crypto';
import { articleStructure, type TextSpan } from '../../src/shared/article/structure.ts';
import { validateTimeline } from '../../src/features/data/validate.ts';
import type { Quote, Timeline, TimelineEvent } from '../../src/features/data/schema.ts';
import type { AuthoredQuote, Authoring } from './authoring.ts';
import { findNumbers, statesNumber, type NumberMention } from '../../src/shared/text/numbers.ts';

/** Every place `needle` occurs in `haystack`, overlapping ones included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export type QuoteLocation = { ok: true; quote: Quote } | { ok: false; message: string };

/** Finds an authored quote verbatim in the seed and records its UTF-16 offsets. */
export function locateQuote(seed: string, authored: AuthoredQuote): QuoteLocation {
  const { text, occurrence } = typeof authored === 'string' ? { text: authored, occurrence: undefined } : authored;
  const places = occurrences(seed, text);
  if (places.length === 0) return { ok: false, message: `quote not found in the article: "${text}"` };
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

/** A sentence that states a number, date or duration that no event quotes. */
export interface UncoveredSentence {
  sentence: TextSpan;
  mentions: string[];
}

const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const COUNTED = /\b(killed|dead|deaths|wounded|injured|died)\b/gi;

/** Dates, durations, counts and casualty words in a sentence, as positions in the article. */
function factMentions(sentence: TextSpan): NumberMention[] {
  const local = [
    ...findNumbers(sentence.text),
    ...[...sentence.text.matchAll(MONTHS)].map((m) => ({ value: null, start: m.index, end: m.index + m[0].length, text: m[0] })),
  ];
  const hasNumber = local.length > 0;
  const casualty = hasNumber
    ? [...sentence.text.matchAll(COUNTED)].map((m) => ({ value: null, start: m.index, end: m.index + m[0].length, text: m[0] }))
    : [];
  return [...local, ...casualty]
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ ...m, start: m.start + sentence.start, end: m.end + sentence.start }));
}

/** The coverage report: every sentence with a date, duration, count or casualty figure that no quote covers. */
export function coverageReport(seed: string, quotes: readonly Quote[]): UncoveredSentence[] {
  const covered = (m: NumberMention) => quotes.some((q) => q.start <= m.start && m.end <= q.end);
  return articleStructure(seed).sentences.flatMap((sentence) => {
    const missing = factMentions(sentence).filter((m) => !covered(m));
    return missing.length > 0 ? [{ sentence, mentions: missing.map((m) => m.text) }] : [];
  });
}

export interface Derivation {
  timeline: Timeline | null;
  errors: string[];
  uncovered: UncoveredSentence[];
}

/** SHA-256 of the seed as UTF-8 bytes. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Derives the timeline from a seed and its authoring file. Errors name the event and the quote;
 * nothing here knows about any one article.
 */
export function derive(seed: string, seedPath: string, authoring: Authoring): Derivation {
  const errors: string[] = [];
  const { headlines } = articleStructure(seed);
  const events = authoring.events.map((authored) => {
    const quotes = authored.quotes.flatMap((q) => {
      const located = locateQuote(seed, q);
      if (!located.ok) errors.push(`event "${authored.id}": ${located.message}`);
      return located.ok ? [located.quote] : [];
    });
    for (const figure of authored.figures) {
      if (!quotes.some((q) => statesNumber(q.text, figure.value))) {
        errors.push(`event "${authored.id}": figure ${figure.value} (${figure.label}) is not stated in any of its quotes`);
      }
    }
    return { ...authored, quotes } as TimelineEvent;
  });
  const title = authoring.story.title ?? headlines[0]?.text;
  if (!title) errors.push('story: no title given and the article has no headline to take it from');
  const candidate = {
    version: 1,
    story: {
      title,
      headlines: headlines.length > 0 ? headlines.map((h) => h.text) : [title],
      seed: seedPath,
      seedSha256: sha256(seed),
      ...authoring.story,
      ...(title ? { title } : {}),
      text: seed,
    },
    events,
  };
  const uncovered = coverageReport(seed, events.flatMap((e) => e.quotes));
  if (errors.length > 0) return { timeline: null, errors, uncovered };
  const checked = validateTimeline(candidate);
  if (!checked.ok) {
    return { timeline: null, errors: checked.problems.map((p) => `${p.path}: ${p.message}`), uncovered };
  }
  return { timeline: checked.timeline, errors, uncovered };
}
