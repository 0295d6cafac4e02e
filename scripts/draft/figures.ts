import type { AuthoredFigure } from '../data/authoring.ts';
import { countedNumbers } from '../data/coverage.ts';
import { findNumbers, type NumberMention } from '../../src/shared/text/numbers.ts';
import { tagged } from './pos.ts';
import { predicateAfter, phraseBefore, relateLabels, type PlacedFigure } from './labels.ts';
import { figureCheck, hedgeAt, withUnit, type NumberUnit, type UnitMention } from '../data/figures.ts';

/**
 * The figures a clause states, proposed the way `npm run data` reads them: the numbers the
 * coverage report counts (`countedNumbers`), each with the hedge written beside it as its
 * qualifier (`hedgeAt`), a percentage or currency as its unit, and every proposal passed through
 * the pipeline's own figure check, so a proposal never carries a figure the check would refuse.
 * What a number counts ("passengers", "votes") is the noun after it, as wink-nlp's English model
 * tags the clause (so "six due to", "6.3 that struck" or "167 from" give no unit); "five dead" and
 * "30 injured" count people; "magnitude 6.3" and "a 5.0 magnitude aftershock" are magnitudes. The
 * label is read from the clause's words around the number (labels.ts).
 */

/** Words that say a count of people was hurt or killed: "five dead", "at least 30 injured". */
const CASUALTY_WORDS = /^(?:dead|killed|injured|wounded|hurt|missing|displaced|homeless|evacuated|rescued|arrested|detained)$/i;
/** A magnitude written before the number ("magnitude 6.3", "a magnitude of 4.0") or after it ("a 5.0 magnitude", "a 5.3-magnitude quake"). */
const MAGNITUDE_BEFORE = /\bmagnitude(?:\s+of)?\s*$/i;
const MAGNITUDE_AFTER = /^(?:\s+|-)magnitude\b/i;

/** How a figure's unit is written for a percentage or a currency the words give it. */
const UNIT_NAMES: Record<NumberUnit, string> = {
  percent: '%', USD: 'US dollars', EUR: 'euros', GBP: 'pounds', JPY: 'yen', INR: 'rupees', AUD: 'AUD', CAD: 'CAD', HKD: 'HKD', NZD: 'NZD', CNY: 'yuan', THB: 'baht',
};

/** Words that name rather than count when they come right before a number ("flight 370", "serial number 3648"). */
const NAMING_BEFORE = /\b(?:flight|serial number|number|registration|route|road|highway|platform|gate|room|channel|model|version|no\.|page|article|section|region|district|grade|level|category|phase|stage|resolution|apollo|viking|boeing|airbus)\s*$/i;
const MONTHS_AND_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|At|By|As|Of|From|Since|Until|Over|About|Some|Nearly|Almost|Around|Up|More|Less|Fewer|At least|Just|Only|All|The|A|An)$/;
/** Words between a number and what it counts that are not what it counts. */
const FILLER = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'are', 'were', 'was', 'is', 'be', 'been', 'have', 'has', 'had', 'more', 'than', 'mainly', 'mostly', 'about', 'some', 'other',
  'additional', 'further', 'new', 'confirmed', 'reported', 'people’s', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'for', 'still', 'also', 'now', 'originally', 'believed', 'only',
]);
const PREPOSITIONS = /^(?:in|on|at|from|to|by|with|for)$/i;
const PLURAL_UNITS: Record<string, string> = { minute: 'minutes', hour: 'hours', day: 'days', week: 'weeks', fortnight: 'fortnights', month: 'months', year: 'years' };

/** True when a number names something (a code, a flight, a model) rather than counting it. */
function names(text: string, mention: UnitMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 24), mention.start);
  if (NAMING_BEFORE.test(before)) return true;
  // "the 100 block of C Street": an address.
  if (/^\s+block\s+of\b/i.test(text.slice(mention.end))) return true;
  // "A320-200", "PK-AXC 3648": part of a code.
  if (/[A-Za-z0-9]-$/.test(before) || /^-?[A-Z0-9]/.test(text.slice(mention.end, mention.end + 2).replace(/^-(?=[a-z])/, ''))) return true;
  // "Viking 1", "Mars Cube One", "Karl Marx 15": a name with a number in it.
  const word = /([A-Z][A-Za-z]+)\s+$/.exec(before)?.[1];
  if (word && !MONTHS_AND_DAYS.test(word) && /[A-Za-z]\s+[A-Z][A-Za-z]+\s+$/.test(before) && mention.value !== null && mention.value < 10_000 && !/,/.test(mention.text)) return true;
  return false;
}

/** What a number counts: its unit glued on ("32,000ft"), the span it measures, or the first noun after it that is not filler. */
function unitFor(text: string, mention: UnitMention, tokens: ReturnType<typeof tagged>): string | undefined {
  if (mention.unit) return UNIT_NAMES[mention.unit];
  if (mention.duration) return PLURAL_UNITS[mention.duration] ?? `${mention.duration}s`;
  if (MAGNITUDE_BEFORE.test(text.slice(0, mention.start)) || MAGNITUDE_AFTER.test(text.slice(mention.end))) return 'magnitude';
  const glued = /^([A-Za-z]{1,5})\b/.exec(text.slice(mention.end));
  if (glued?.[1]) return glued[1];
  const words = text.slice(mention.end).split(/(?=[,.;:()"“”])|\s+/).filter(Boolean).slice(0, 4);
  let from = mention.end;
  let afterPreposition = false;
  for (const quoted of words) {
    if (quoted === ']') continue;
    // A noun in quotation marks is still what is counted: three "notices of infractions".
    const raw = /^["“][A-Za-z]/.test(quoted) ? quoted.slice(1) : quoted;
    if (/^[,.;:()"“”]/.test(raw)) break;
    const at = text.indexOf(raw, from);
    from = at + raw.length;
    const word = raw.replace(/[’']s$/, '');
    if (/^\d/.test(word)) break;
    if (FILLER.has(word.toLowerCase())) {
      afterPreposition ||= PREPOSITIONS.test(word);
      continue;
    }
    const pos = /^[A-Z]/.test(word) ? undefined : tokens.find((t) => t.start === at)?.pos;
    // "93 injured people": the noun after the description; "five dead": people.
    if (pos === 'ADJ' || pos === 'VERB') {
      const next = tokens.find((t) => t.start >= from);
      if (next && next.pos === 'NOUN' && /^[a-z][a-z-]*$/.test(next.text) && !FILLER.has(next.text)) return next.text;
      if (CASUALTY_WORDS.test(word)) return 'people';
      return undefined;
    }
    // Not a thing counted: "6.3 that struck", "six due to", "four and".
    if (pos !== undefined && pos !== 'NOUN' && pos !== 'PROPN') return undefined;
    // "three South Koreans": a name of several capitalised words is what is counted.
    // "735 mainly British passengers": a name before a plural noun goes with it.
    if (/^[A-Z]/.test(word)) {
      // "36 in North Cotabato": a name after a preposition is where, not what is counted.
      if (afterPreposition) return undefined;
      const rest = text.slice(at);
      const name = /^[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*(?:\s+[a-z]+s\b)?/u.exec(rest)?.[0].replace(/[’']s$/, '') ?? word;
      // "one French person": a noun after the name goes with it.
      const nameEnd = at + name.length;
      const after = tokens.find((t) => t.start >= nameEnd);
      if (!/s$/.test(name) && after && after.pos === 'NOUN' && /^[a-z]+$/.test(after.text) && /^\s+$/.test(text.slice(nameEnd, after.start))) return `${name} ${after.text}`;
      return name;
    }
    // "23,000 flying hours", "7 health facilities": a noun before a noun is one name of what is counted.
    const next = tokens.find((t) => t.start >= from);
    if (pos === 'NOUN' && next && next.pos === 'NOUN' && /^[a-z][a-z-]*$/.test(next.text) && !FILLER.has(next.text) && /^\s+$/.test(text.slice(from, next.start))) return `${word} ${next.text}`;
    if (/^[a-z][a-z-]*$/i.test(word)) return word;
  }
  return undefined;
}

/** Where the words a number counts end: after its unit ("155 passengers", "32,000ft", "a 50-foot", "40%"). */
function unitEnd(text: string, mention: UnitMention, unit: string): number {
  const after = text.slice(mention.end);
  const escaped = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found =
    MEASURE_COMPOUND.exec(after) ??
    /^\s?(?:%|percent\b|per cent\b)/i.exec(after) ??
    new RegExp(`^[\\s-]*(?:[\\p{L}’'-]+\\s+){0,2}?${escaped}(?![\\p{L}])`, 'iu').exec(after) ??
    /^[A-Za-z]{1,5}\b/.exec(after);
  return mention.end + (found?.[0].length ?? 0);
}

/** A few of the clause's words saying what the number is about (see labels.ts); `fixed` when its own words say it ("five dead", an age, a magnitude). */
function labelFor(text: string, mention: UnitMention, unit: string, floor: number): { label: string; fixed: boolean } {
  // "five dead", "93 injured people": the description is the label.
  const described = /^\s+([a-z]+)\b/.exec(text.slice(mention.end))?.[1];
  if (described && CASUALTY_WORDS.test(described)) return { label: described, fixed: true };
  if (unit === 'magnitude') {
    const shock = /\b(earthquake|quake|tremor|aftershock|shock)s?\b/i.exec(text.slice(mention.end, mention.end + 40)) ?? /\b(earthquake|quake|tremor|aftershock|shock)s?\b(?![\s\S]*\b(?:earthquake|quake|tremor|aftershock|shock)s?\b)/i.exec(text.slice(0, mention.start));
    const said = shock?.[1]?.toLowerCase() ?? predicateAfter(text, unitEnd(text, mention, unit));
    return { label: said ?? 'magnitude', fixed: said !== undefined };
  }
  const label = predicateAfter(text, unitEnd(text, mention, unit)) ?? phraseBefore(text, mention.start, hedgeAt(text, mention), floor) ?? (unit === '%' ? 'share' : unit);
  return { label, fixed: false };
}

/** The text with a span's characters turned to spaces, so the words around it are read as if it were not there. */
const blank = (text: string, span: { start: number; end: number }): string => text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);

/** A rate after a figure's unit: "a year" in "$5 million a year", "per day" in "40 cars per day". */
const RATE = /^\s+(?:a|an|per|each)\s+(second|minute|hour|day|week|month|year)\b(?!\s+(?:ago|later|earlier|before|after|afterwards)\b)/i;

/** A person's age with no unit written: "aged 45", "She was 26.", "Baloch, who was 26, …". */
function saysAge(text: string, mention: UnitMention): boolean {
  if (mention.unit || mention.duration) return false;
  const before = text.slice(0, mention.start);
  const after = text.slice(mention.end);
  if (/\baged\s+$/i.test(before)) return true;
  const subject = /(?<![\p{L}])(\p{L}[\p{L}’'-]*)\s+(?:was|is)\s+$/u.exec(before)?.[1] ?? '';
  const person = /^(?:he|she|who)$/i.test(subject) || (/^[A-Z]/.test(subject) && !/^(?:It|This|That|There|Here|What)$/.test(subject));
  return person && /^\s*(?:[.,;)]|$|\s+(?:when|at the time)\b)/.test(after);
}

/** A number that is a span of time between two events ("a minute later") or a vague "a few", not a figure. */
function isChainWords(text: string, mention: UnitMention): boolean {
  return /^\s*(?:later|earlier|ago|afterwards|after\s+(?:the|that|this|it|which))\b/i.test(text.slice(mention.end)) && mention.duration !== undefined;
}

/** A measure written as a compound ("a 50-foot hole", "the ten-storey building", "an 88-page complaint"): the coverage report takes it for a description, a timeline keeps it. */
const MEASURE_COMPOUND = /^-(foot|feet|metre|meter|mile|kilometre|kilometer|inch|storey|story|floor|tonne|ton|acre|hectare|megawatt|magnitude|page|member|seat|bed)s?\b/i;
/** "one" before what it counts ("one Malaysian", "one elderly passenger"), not the pronoun ("one of them"). */
const ONE_COUNTS = /^\s+(?!(?:of|another|who|that|which|more|day|time|way|thing|point|by|in|on|at|to|and|or|is|was|has|had)\b)[A-Za-z]/;

/** "one" before a person, counted even alone: "one inmate attempted to escape", "one man had died". */
const ONE_PERSON = /^\s+(?:[a-z]+\s+)?(?:man|woman|person|inmate|prisoner|child|boy|girl|baby|passenger|soldier|worker|miner|officer|victim|student|patient|firefighter|civilian|resident|crew member)\b/i;

/**
 * The numbers of a clause a figure may be made of: those the coverage report counts, measures
 * written as compounds, and "one" before a noun in a clause that counts other things too (a list
 * such as "three South Koreans, one Malaysian").
 */
function candidates(clause: string): UnitMention[] {
  const counted = countedNumbers(clause);
  const overlaps = (m: NumberMention) => counted.some((c) => m.start < c.end && c.start < m.end);
  const extra = findNumbers(clause).filter(
    (m) => !overlaps(m) && m.value !== null && (MEASURE_COMPOUND.test(clause.slice(m.end)) || (/^one$/i.test(m.text) && ((counted.length > 0 && ONE_COUNTS.test(clause.slice(m.end))) || ONE_PERSON.test(clause.slice(m.end))))),
  );
  return [...counted, ...extra.map((m) => withUnit(clause, m))].sort((a, b) => a.start - b.start);
}

export interface ProposedFigures {
  figures: AuthoredFigure[];
  /** Numbers seen but not proposed, and why, for the editor. */
  skipped: string[];
}

/**
 * The figures of `clause`, leaving out the spans `skip` (the clause's dates and times). Each one
 * passes `figureCheck` against the clause, as it will when the data is derived.
 */
export function proposeFigures(clause: string, skip: readonly { start: number; end: number }[]): ProposedFigures {
  const skipped: string[] = [];
  // The label is read around the number with the clause's dates blanked out ("ship today recovered" → "ship recovered").
  const withoutDates = skip.reduce(blank, clause);
  const tokens = tagged(clause);
  const placed: PlacedFigure[] = [];
  const written = new Map<PlacedFigure, string>();
  /** Where "a year" in "$5 million a year" is: a rate of the figure before it, not a figure of its own. */
  const rates: { start: number; end: number }[] = [];
  for (const mention of candidates(clause)) {
    if (mention.value === null) continue;
    if (skip.some((s) => mention.start < s.end && s.start < mention.end)) continue;
    if (rates.some((r) => mention.start < r.end && r.start < mention.end)) continue;
    if (names(clause, mention) || isChainWords(clause, mention)) continue;
    const compound = MEASURE_COMPOUND.exec(clause.slice(mention.end))?.[1]?.toLowerCase();
    const unit = compound ? (compound === 'foot' ? 'feet' : compound === 'magnitude' || compound.endsWith('s') ? compound : `${compound}s`) : (unitFor(clause, mention, tokens) ?? (saysAge(clause, mention) ? 'years' : 'count'));
    const qualifier = hedgeAt(clause, mention);
    const age = /^-(?:year|month|week|day)s?-old\b/i.test(clause.slice(mention.end)) || /^\s+(?:years?|months?)\s+old\b/i.test(clause.slice(mention.end)) || saysAge(clause, mention);
    // The words before a number are read back to the end of the number before it ("23,000 flying hours on 13,600 flights").
    const floor = placed.at(-1)?.end ?? 0;
    const counted = unitEnd(clause, mention, unit);
    const rate = RATE.exec(clause.slice(counted));
    if (rate) rates.push({ start: counted, end: counted + rate[0].length });
    const { label: read, fixed } = age ? { label: 'age', fixed: true } : labelFor(rate ? blank(withoutDates, { start: counted, end: counted + rate[0].length }) : withoutDates, mention, unit, floor);
    // "$5 million a year": the label says per what ("club pays him per year").
    const label = rate ? `${read} per ${(rate[1] ?? '').toLowerCase()}` : read;
    const start = qualifier ? Math.max(0, clause.slice(0, mention.start).search(new RegExp(`${qualifier.replace(/\s+/g, '\\s+')}\\s*$`, 'i'))) : mention.start;
    const figure: PlacedFigure = { value: mention.value, unit, label, ...(qualifier ? { qualifier } : {}), fixed, start, end: counted };
    placed.push(figure);
    written.set(figure, mention.text);
  }
  relateLabels(withoutDates, placed);
  const figures: AuthoredFigure[] = [];
  for (const item of placed) {
    const { value, unit, label, qualifier } = item;
    const figure: AuthoredFigure = { value, unit, label, ...(qualifier ? { qualifier } : {}) };
    const check = figureCheck(figure, [clause]);
    if (check.problems.length > 0) {
      skipped.push(`“${written.get(item) ?? ''}”: ${check.problems[0] ?? ''}`);
      continue;
    }
    if (figures.some((f) => f.value === figure.value && f.unit === figure.unit)) continue;
    figures.push(figure);
  }
  return { figures, skipped };
}
