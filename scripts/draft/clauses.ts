import type { TextSpan } from '../../src/shared/article/structure.ts';
import { LEVEL_RANK, type TemporalMention } from './temporal.ts';

/**
 * A sentence that tells of two moments ("flight 370 has been missing since March with 239 on
 * board and in July Flight 17 was shot down") is two events: it is cut between its dates, at the
 * clause boundary nearest the second one (a semicolon, ", while", ", but", ", and", or an "and"
 * right before the second date), so each event quotes the clause that states it.
 */

export interface Clause {
  span: TextSpan;
  /** The sentence's date and time expressions that fall in this clause, offsets relative to the clause. */
  mentions: TemporalMention[];
}

const BOUNDARY = /;\s*|,\s+(?:while|but|whereas|and|prompting|leading|causing|forcing|after|before)\s+|\s+and\s+/g;
const LEADING = /^(?:and|but|while|whereas)\s+/i;

/** A span trimmed of spaces, trailing commas and semicolons, and a leading conjunction. */
function tidy(sentence: TextSpan, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  const text = () => sentence.text.slice(s - sentence.start, e - sentence.start);
  while (s < e && /\s/.test(text()[0] ?? '')) s += 1;
  const lead = LEADING.exec(text());
  if (lead) s += lead[0].length;
  while (e > s && /[\s,;]/.test(text().at(-1) ?? '')) e -= 1;
  return { start: s, end: e, text: text() };
}

/** Cuts a sentence between its dated expressions; `mentions` are relative to the sentence. */
export function splitClauses(sentence: TextSpan, mentions: readonly TemporalMention[]): Clause[] {
  const dated = mentions.filter((m) => LEVEL_RANK[m.level] > 0);
  const cuts: { at: number; resume: number }[] = [];
  for (let i = 1; i < dated.length; i += 1) {
    const [a, b] = [dated[i - 1], dated[i]];
    if (!a || !b || a.text.toLowerCase() === b.text.toLowerCase()) continue;
    const between = sentence.text.slice(a.end, b.start);
    let best: { at: number; resume: number } | undefined;
    for (const m of between.matchAll(BOUNDARY)) {
      const plainAnd = /^\s+and\s+$/.test(m[0]);
      // A bare "and" cuts only right before the second date ("… and in July …"), or before a verb of its own ("launched in September 2016 and arrived at Bennu in December 2018").
      const ownVerb = /^[a-z]+ed\b/.test(between.slice(m.index + m[0].length));
      if (plainAnd && !ownVerb && b.start - (a.end + m.index + m[0].length) > 12) continue;
      best = { at: a.end + m.index, resume: a.end + m.index + m[0].length };
    }
    if (best) cuts.push(best);
  }
  if (cuts.length === 0) return [{ span: sentence, mentions: [...mentions] }];
  const clauses: Clause[] = [];
  let from = 0;
  for (const cut of [...cuts, { at: sentence.text.length, resume: sentence.text.length }]) {
    const span = tidy(sentence, sentence.start + from, sentence.start + cut.at);
    const offset = span.start - sentence.start;
    const inside = mentions
      .filter((m) => m.start >= offset && m.end <= offset + span.text.length)
      .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
    if (span.text.length > 0) clauses.push({ span, mentions: inside });
    from = cut.resume;
  }
  return clauses;
}
