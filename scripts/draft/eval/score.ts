import { z } from 'zod';

/**
 * How the draft is scored against a hand-made fact list. Operational definitions (the README of
 * the articles folder says the same):
 * - a proposal *quotes* a fact when one of its quotes covers at least half of the fact's quote
 *   (the fact lists quote the shortest clause; a proposal quotes its clause or sentence);
 * - a fact is *recalled* when one proposal quotes it, has the right date (the same day; for a
 *   fact known to the month or year only, a start in that month or year; for an undated fact, a
 *   start within its bounds, if it has any) and carries every figure of the fact (the same value);
 * - a proposal is *kept* when it quotes at least one fact (an editor would keep it, perhaps with
 *   its date or figures corrected), and no proposal before it quotes exactly the same facts;
 *   *kept and right* when one of those facts is recalled by it.
 * Precision is kept / proposals; recall is recalled / facts.
 */

const DateText = z.union([z.string(), z.date(), z.number()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)));

export const FactSchema = z.object({
  id: z.string(),
  title: z.string(),
  quote: z.string().min(1),
  date: DateText.nullable(),
  end: DateText.optional(),
  precision: z.enum(['month', 'year']).optional(),
  time: z.string().optional(),
  timeNote: z.string().optional(),
  dateBasis: z.enum(['stated', 'inferred']),
  reason: z.string().optional(),
  notBefore: DateText.optional(),
  notAfter: DateText.optional(),
  figures: z.array(z.object({ value: z.number(), unit: z.string(), label: z.string(), qualifier: z.string().optional() })).default([]),
});

export const FactFileSchema = z.object({
  article: z.string(),
  kind: z.string(),
  published: DateText,
  facts: z.array(FactSchema).min(1),
});

export type Fact = z.infer<typeof FactSchema>;
export type FactFile = z.infer<typeof FactFileSchema>;

/** A proposal as the scorer sees it: where its quotes are, its start and its figures' values. */
export interface ScoredProposal {
  quotes: readonly { start: number; end: number }[];
  start: string;
  figures: readonly number[];
}

export interface FactResult {
  fact: Fact;
  quotedBy: number[];
  recalledBy: number | null;
  /** Why it was not recalled, when it was not. */
  miss?: string;
}

export interface ArticleScore {
  facts: FactResult[];
  recalled: number;
  kept: number;
  keptRight: number;
  proposals: number;
  /** Indexes of proposals not kept. */
  unkept: number[];
}

/** Where a fact's quote is in the article; the quote must occur exactly once. */
export function factSpan(text: string, fact: Fact): { start: number; end: number } {
  const start = text.indexOf(fact.quote);
  if (start === -1) throw new Error(`fact "${fact.id}": quote not in the article: ${JSON.stringify(fact.quote)}`);
  if (text.indexOf(fact.quote, start + 1) !== -1) throw new Error(`fact "${fact.id}": quote occurs more than once`);
  return { start, end: start + fact.quote.length };
}

/** True when one of the proposal's quotes covers at least half of the span. */
export function quotes(proposal: ScoredProposal, span: { start: number; end: number }): boolean {
  return proposal.quotes.some((q) => Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start)) * 2 >= span.end - span.start);
}

/** Compares a day with a bound given as YYYY, YYYY-MM or YYYY-MM-DD. */
function within(day: string, notBefore?: string, notAfter?: string): boolean {
  if (notBefore && day.slice(0, notBefore.length) < notBefore) return false;
  if (notAfter && day.slice(0, notAfter.length) > notAfter) return false;
  return true;
}

/** Whether a proposal's start is the fact's date, to the fact's precision. */
export function rightDate(fact: Fact, start: string): boolean {
  const day = start.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  if (fact.date === null) return within(day, fact.notBefore, fact.notAfter);
  const length = fact.precision === 'year' ? 4 : fact.precision === 'month' ? 7 : 10;
  return day.slice(0, length) === fact.date.slice(0, length);
}

export function scoreArticle(text: string, file: FactFile, proposals: readonly ScoredProposal[]): ArticleScore {
  const spans = file.facts.map((fact) => factSpan(text, fact));
  const facts: FactResult[] = file.facts.map((fact, i) => {
    const span = spans[i]!;
    const quotedBy = proposals.flatMap((p, j) => (quotes(p, span) ? [j] : []));
    const dated = quotedBy.filter((j) => rightDate(fact, proposals[j]!.start));
    const full = dated.find((j) => fact.figures.every((f) => proposals[j]!.figures.includes(f.value)));
    let miss: string | undefined;
    if (quotedBy.length === 0) miss = 'not quoted by any proposal';
    else if (dated.length === 0) miss = `date: proposed ${quotedBy.map((j) => proposals[j]!.start || '(none)').join(', ')}, fact ${fact.date ?? `undated${fact.notBefore || fact.notAfter ? ` within ${fact.notBefore ?? '…'}..${fact.notAfter ?? '…'}` : ''}`}`;
    else if (full === undefined) {
      const have = new Set(dated.flatMap((j) => proposals[j]!.figures));
      miss = `figures: missing ${fact.figures.filter((f) => !have.has(f.value)).map((f) => f.value).join(', ')}`;
    }
    return { fact, quotedBy, recalledBy: full ?? null, ...(miss ? { miss } : {}) };
  });
  let kept = 0;
  let keptRight = 0;
  const unkept: number[] = [];
  const seen = new Set<string>();
  proposals.forEach((_, j) => {
    const matched = facts.filter((f) => f.quotedBy.includes(j));
    const key = matched.map((f) => f.fact.id).join(',');
    if (matched.length === 0 || seen.has(key)) {
      unkept.push(j);
      return;
    }
    seen.add(key);
    kept += 1;
    if (matched.some((f) => f.recalledBy === j)) keptRight += 1;
  });
  return { facts, recalled: facts.filter((f) => f.recalledBy !== null).length, kept, keptRight, proposals: proposals.length, unkept };
}

/** Words that alone, or at either end, leave a label saying nothing ("with", "to", "speed of"). */
const JOINING = /^(?:and|or|but|to|of|at|with|by|from|for|in|on|the|a|an|was|were|is|are|as|than|into|including)$/i;
/** Places may open a label ("in the Thames Valley"); nothing may close one. */
const PLACE_OPENING = /^(?:in|on|at|from|by)$/i;

/**
 * A label that tells an editor nothing about its number: a joining word at either end ("with",
 * "hours on"), a piece of another number ("000ft to"), or only the unit again ("planes" for 11
 * planes, "count"). A check for defects, not a measure of how good a label reads.
 */
export function saysNothing(label: string, unit: string): boolean {
  const words = label.split(/\s+/);
  const first = words[0] ?? '';
  return (JOINING.test(first) && !PLACE_OPENING.test(first)) || JOINING.test(words.at(-1) ?? '') || /\d/.test(label) || label === unit || label === 'count' || /^[-'’]/.test(label);
}
