import { articleStructure, type TextSpan } from '../../src/shared/article/structure.ts';
import { uniqueId, slugFor } from '../../src/studio/model/ids.ts';
import { kindFor, studioKinds, type StudioKind } from '../../src/studio/model/kinds.ts';
import type { AuthoredFigure, AuthoredQuote } from '../data/authoring.ts';
import { occurrences } from '../data/quotes.ts';
import { splitSentences } from '../data/sentences.ts';
import { checkStatedDate, type ArticleDate } from '../data/statedDates.ts';
import { articleDateNote, findArticleDate } from './articleDate.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { daysBetween, spokenDay } from './days.ts';
import { proposeFigures } from './figures.ts';
import { deedVerbOf, tagged } from './pos.ts';
import { findTemporal, LEVEL_RANK, speaksOfFuture, tellsOfPast, yearHintOf, type ArticleDay, type Resolved, type TemporalMention } from './temporal.ts';

/**
 * The automatic draft: events proposed from an article's own sentences, each anchored to the
 * clause that states it, dated by what the article says (and how, in `dateNote`), with the
 * figures its words state, checked by the data pipeline's own rules, and a proposed kind. A
 * proposal is only a proposal: the studio saves nothing until the editor accepts it.
 *
 * Which clauses become proposals: those that state a date, a time or a figure, tell of an event
 * ("were acquitted"), or tell what someone named, the police or officials said. A clause with no
 * date of its own continues the account of the last dated clause of its paragraph (or, with none,
 * takes the article's date), and says so. So is a clause that tells only of something done in the
 * past ("Kennedy drove his car into a security barrier").
 */

/** An event as the authoring file writes it; `start` is empty when nothing could date it. */
export interface DraftEvent {
  id: string;
  kind: string;
  title: string;
  start: string;
  end?: string;
  dateBasis: 'stated' | 'inferred';
  dateNote?: string;
  figures: AuthoredFigure[];
  quotes: AuthoredQuote[];
}

export interface DraftProposal {
  /** Unique within the draft, stable for the same article and options. */
  key: string;
  event: DraftEvent;
  /** The quote's place in the article. */
  span: { start: number; end: number };
  /** How the date, the figures and the kind were worked out, for the editor. */
  reasons: string[];
}

export interface Draft {
  /** The article's date, as found in its text or given, and where it came from. */
  story: { date?: string; dateBasis?: 'stated'; dateNote?: string; found: string | null };
  proposals: DraftProposal[];
  notes: string[];
}

export interface DraftProgress {
  done: number;
  total: number;
}

export interface DraftOptions {
  /** The article's date when the editor gives it (YYYY-MM-DD); otherwise it is read from the text. */
  articleDate?: string;
  headlines?: readonly string[];
  /** The story's IANA zone: with one, times of day go into `start`; without, into `dateNote`. */
  timeZone?: string;
  kinds?: readonly StudioKind[];
  /**
   * Where a clause without a date of its own is placed: on the day of the last clause of its
   * paragraph dated to the day, of the last such clause of the article, or on the article's date.
   */
  undated?: 'paragraph' | 'story' | 'article';
  /** Called after each paragraph; drafting yields to the event loop in between when given. */
  onProgress?: (progress: DraftProgress) => void;
}

const MAX_TITLE = 80;
/** How long before the article's date a day is still its news rather than its background. */
const BACKGROUND_DAYS = 14;

/** Words that only link a sentence to the one before ("Meanwhile,", "In response,"): not part of a headline. */
const LINKING_LEAD = /^(?:(?:meanwhile|however|also|additionally|separately|reportedly|in response|in addition(?!\s+to\b)|as a result|by then|so far)\s*,?\s+)+/i;
/** Who said it, when it opens the clause: "According to Phivolcs, …", "Reports said …", "Rappler reported …" (not "Ivan's condition was reported to …": what was reported is the news). */
const ATTRIBUTION_LEAD =
  /^(?:[Aa]ccording to [^,;]{1,60},\s*|It (?:was|is|has been) (?:reported|said|announced|confirmed) that\s+|(?:reports?|officials?|police|authorities|sources?|witnesses|media)\s+(?:said|say|says|reported|report|indicated|stated)\s+(?:that\s+)?|[A-Z][\w.&'’ -]{1,70}?(?<!\b(?:was|were|is|are|been|be))\s+(?:said|says|reported|reports|announced|confirmed|indicated|stated)\s+(?:that\s+)?)/;
/** Who said it, when it closes the clause: "…, according to NDRRMC", "…, officials said". */
const ATTRIBUTION_TAIL = /(?:,?\s+according to [^,;]{1,60}|,\s+(?:[\w'’ -]{1,40}\s+)?(?:said|says|reported|stated))$/i;

/**
 * A clause as a headline: its linking words and its attribution taken off (the quote keeps them),
 * and what a parenthesis spells out dropped ("(NDRRMC)", "(0300 UTC)").
 */
function headline(text: string): string {
  let out = text.replace(/\s*\([^()]{0,60}\)/g, '').replace(/^[\s,;:–—-]+/, '').replace(LINKING_LEAD, '');
  const withoutSource = out.replace(ATTRIBUTION_LEAD, '').replace(ATTRIBUTION_TAIL, '');
  if (withoutSource.trim().length >= 15) out = withoutSource;
  out = out.replace(LINKING_LEAD, '').replace(/\s{2,}/g, ' ').replace(/[\s,;:.]+$/, '').trim();
  return out;
}

/** An aside between commas that a headline leaves to the quote: a relative clause (", which leaks …,") or a description (", identified only as Ivan,"). */
const ASIDE = /,\s+(?:which|who|whose|identified|named|known|described|nicknamed|aged)\b[^,;:"“”]*,\s*/g;
/** Where a sentence's main statement can end before what it adds: ", with …", ", while …", "; …", ", adding …", ", describing …". */
const ADDITION = /(?:,\s+(?:with|while|which|who|whose|adding|saying|observing|describing|leaving|killing|injuring|prompting|forcing|citing)\b|;\s)/g;
const SHORTEST_TITLE = 20;

/** True when a comma is open before `at`: an aside begun and not closed ("Atiku Abubakar, of the PDP, who …" is inside none; "…, of the PDP" is). */
const insideAside = (text: string, at: number) => (text.slice(0, at).match(/,/g)?.length ?? 0) % 2 === 1;

/**
 * A long headline made shorter without cutting a phrase in two: its asides dropped, then what the
 * sentence adds after its main statement ("Search and rescue was suspended, with Zinichev
 * describing …" → "Search and rescue was suspended"), where what is kept has a verb. Left as it is
 * when no such cut fits.
 */
function shortened(text: string): string {
  // An aside is dropped only where the sentence goes on with its verb after it ("gas, which leaks …, was the trigger"), not into a list ("…, which figured 21 injured in Davao del Sur, 36 in …").
  const words = tagged(text);
  const verbAt = (at: number) => words.some((w) => w.start === at && (w.pos === 'VERB' || w.pos === 'AUX'));
  const plain = text.replace(ASIDE, (aside, at: number) => (insideAside(text, at) || !verbAt(at + aside.length) ? aside : ' ')).replace(/\s{2,}/g, ' ');
  const candidate = plain.length >= SHORTEST_TITLE ? plain : text;
  if (candidate.length <= MAX_TITLE) return candidate;
  const ends = [...candidate.matchAll(ADDITION)].map((m) => m.index).filter((at) => at >= SHORTEST_TITLE && at <= MAX_TITLE && !insideAside(candidate, at));
  const end = ends.findLast((at) => tagged(candidate.slice(0, at)).some((word) => word.pos === 'VERB' || word.pos === 'AUX'));
  return end === undefined ? candidate : candidate.slice(0, end).replace(/[\s,;:]+$/, '');
}

/** Words quoted, then who said them (""This brings to an end …," Marles said."): the speaker first, as a headline names them ("Marles: “This brings to an end …”"). */
function quotedHeadline(text: string): string | undefined {
  const m = /^\s*["“]([^"”]+?)[,.]?["”],?\s+(?:(?:said|says|added|stated)\s+([^"“]{2,60}?)|([^"“]{2,60}?)\s+(?:said|says|added|stated))[\s.]*$/.exec(text);
  const speaker = (m?.[2] ?? m?.[3])?.replace(/[\s,]+$/, '');
  return m && speaker ? `${speaker}: “${m[1]!.trim()}”` : undefined;
}

/** A title in the editor's words, from the clause: its dates taken out, cut at a word. */
export function titleOf(clause: string, mentions: readonly TemporalMention[]): string {
  let text = clause;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) {
    // "the two deaths from yesterday's storms": a date in the possessive names what it dates, which keeps its place ("from the storms").
    const possessive = /^(?:'s|’s)\b/.exec(text.slice(m.end))?.[0] ?? '';
    if (/['’]s$/.test(text.slice(m.start, m.end)) || possessive) {
      const kept = /^(?:by|from|on|at|in|since|until|after|before|during)\s+/i.exec(text.slice(m.start, m.end))?.[0] ?? '';
      text = `${text.slice(0, m.start)}${kept}the${text.slice(m.end + possessive.length)}`;
      continue;
    }
    // "early on Sunday morning", "shortly after 4:00 a.m.": the words leading into a date go with it.
    const lead = /(?:\b(?:early|late|shortly|just|around|about|at|on|in|by|since|until|from|as of|after|before)\s+)*$/i.exec(text.slice(0, m.start))?.[0] ?? '';
    // "4:00 a.m. West Africa Time (0300 UTC)": the zone and the time in another zone go with the time.
    const tail = m.level === 'time' ? (/^\s*(?:local time|[A-Z][a-z]+(?: [A-Z][a-z]+)* Time)?\s*(?:\([^)]*\))?/.exec(text.slice(m.end))?.[0] ?? '') : '';
    text = text.slice(0, m.start - lead.length) + text.slice(m.end + tail.length);
  }
  text = text
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+([,.;:])/g, '$1')
    // "began on Friday, around 3:45pm local time, with": the commas around two dates taken out become one.
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    // A word that led into a date taken out, left alone at the front ("On , the …"); "In a meeting that day" keeps its "In".
    .replace(/^[\s,;:–—-]*(?:(?:on|in|at|by|since|until|early|late|as of|shortly after|shortly before)\s*(?:[,;:]\s*|$))*/i, '')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s,;:.]+$/, '')
    .trim();
  text = quotedHeadline(text) ?? headline(text);
  if (text.length > MAX_TITLE) text = shortened(text);
  if (text.length > MAX_TITLE) {
    const cut = text.slice(0, MAX_TITLE - 1);
    text = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).replace(/[\s,;:]+$/, '')}…`;
  }
  if (text.length < 3) text = clause.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').trim().slice(0, MAX_TITLE);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A URL-safe id from a title, unique among `taken` (the studio's one rule for ids). */
export function idFor(title: string, taken: Set<string>): string {
  return uniqueId(slugFor(title), taken);
}

/** The kind whose cue words the clause uses most, or the default. */
export const guessKind = (clause: string, kinds: readonly StudioKind[]) => kindFor(clause, kinds);

/** The authored form of a quote: its text, with `occurrence` when the words appear more than once. */
export function quoteAt(seed: string, span: { start: number; end: number }): AuthoredQuote {
  const text = seed.slice(span.start, span.end);
  const places = occurrences(seed, text);
  return places.length > 1 ? { text, occurrence: places.indexOf(span.start) + 1 } : text;
}

interface DatedClause {
  resolved: Resolved;
  time?: string;
  timeWords?: string;
  /** The words that dated it, for a later clause that continues its account. */
  words: string;
  /** Its date says when something was said ("yesterday said"), not when what was said happened. */
  report?: boolean;
  /** Its words give a time of day or a part of one ("early on Sunday morning", "at 3:45pm"). */
  timed?: boolean;
}

/** A statement by someone named (two capitalised words or more before the verb, or one not opening the clause): "Iranian President Hassan Rouhani said, …", "In a statement, Vázquez said, …". */
const STATEMENT = /^(?:[^"“]{0,80}?\b[A-Z][\p{L}’'.-]+(?:\s+[A-Z][\p{L}’'.-]+)+|[^"“]{0,80}?[\p{Ll},]\s+[A-Z][\p{L}’'.-]+),?\s+(?:also\s+)?(said|says|stated|told|announced|added|confirmed)\b/u;

/** A statement by those whose word is news, perhaps with where they are: "Police say his eyes were red", "Officials said the toll had risen", "Witnesses around the hospital reported …". */
const SPEAKERS = new RegExp(
  String.raw`^(?:[^"“]{0,40}?\b)(?:police|officials|authorities|investigators|witnesses|residents|researchers|scientists|doctors|prosecutors|rescuers|spokesm[ae]n|spokeswom[ae]n|spokespe(?:rson|ople))(?:\s+(?:at|in|near|around|from|on|for|of)(?:\s+[\w’'-]+){1,3})?\s+(?:also\s+)?(say|said|says|told|reported)\b`,
  'i',
);

/** A statement by someone the article has named, opening the clause by one name or a pronoun: "Kishida said …", "He claimed the report was …" (not "It said", "Reports say"). */
const SOLE_SPEAKER = /^\s*(?:[^,"“]{0,40},\s*)?(?!(?:It|This|That|There|These|Those|Reports?|Some|Many|Others?|Most|All|One|Both|Sources?|The|A|An)\b)(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\p{L}’'.-]+)\s+(?:also\s+)?(said|says|stated|told|announced|added|confirmed|claimed)\b/u;

/** Words quoted, then who said them: ""This brings to an end …," Marles said.", ""I am still in shock," said nurse Ivonne Lugo Durantes.", ""We reached the bus quickly," a medic said.", "He continued: "…"". */
const QUOTED_STATEMENT = /^\s*(?:["“][^"”]+["”],?\s+(?:(said|says|stated|added|told|continued|remarked|warned|explained)\s+[\p{Lu}]|[^"“]{0,80}?\b(said|says|stated|added|told|continued|remarked|warned|explained)\b)|(?:He|She|They|[\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+)*)\s+(continued|added|said|told\s+\w+)\s*:\s*["“])/u;

/** A clause that goes on with a report told just before: "He also announced that …", "She added that …". */
const FURTHER_REPORT = /^\s*(?:he|she|they|it|[A-Z][\p{L}’'-]*(?:\s+[A-Z][\p{L}’'-]*){0,3})\s+(?:also\s+|later\s+)?(?:said|announced|added|stated|told|confirmed)\b/u;

/** What a report says happened before it: "was given", "had been", "were killed". */
const REPORTED_PAST = /\b(?:was|were|had)\s+(?:been\s+)?(?:[a-z]+ed|given|taken|seen|found|shot|made|sent|held|brought|built|known|done|hit|struck|lost|won|begun|broken|thrown)\b/i;
/** Words that continue the account of the event told just before. */
const SEQUEL = /\b(?:next|then|subsequently|afterwards|later)\b/i;

/** Verbs of reporting, in lower case only: "the United States in March 2022" reports nothing. */
const REPORTING = /\b(?:said|says|stated|states|told|tells|reported|reports|announced|confirmed|added|indicated)\b/;

/**
 * A date right beside a reporting verb ("searchers yesterday said", "told TASS on Wednesday") dates
 * the report; after what was said has begun ("said an explosion on Sunday broke a wall") it dates
 * what was said.
 */
function datesAReport(clause: string, mention: TemporalMention): boolean {
  const before = clause.slice(Math.max(0, mention.start - 30), mention.start).split(/\s+/).slice(-3).join(' ');
  const after = clause.slice(mention.end, mention.end + 40).split(/\s+/).slice(0, 4).join(' ');
  const saidBefore = REPORTING.exec(before);
  const content = saidBefore && /^\s*(?:that|a|an|the|his|her|their|its|this|these|those)\b/i.test(before.slice(saidBefore.index + saidBefore[0].length));
  return REPORTING.test(after) || (saidBefore !== null && !content);
}

/**
 * Verbs that tell of something happening: a clause with one is proposed even when it states no
 * date or number of its own ("All, including Qawi, were acquitted."), dated by the clause before.
 */
const EVENT_VERB = new RegExp(
  `\\b(?:${[
    'died', 'killed', 'killing', 'wounded', 'injured', 'acquitted', 'convicted', 'sentenced', 'arrested', 'charged', 'released', 'freed', 'rescued',
    'evacuated', 'resigned', 'elected', 'launched', 'landed', 'touched down', 'exploded', 'collapsed', 'crashed', 'sank', 'erupted', 'fell',
    'attacked', 'bombed', 'shot', 'declared', 'signed', 'approved', 'rejected', 'banned', 'closed', 'reopened', 'began', 'ended', 'suspended',
    'resumed', 'sent', 'wept', 'alleged', 'urged', 'protested', 'demanded', 'apologised', 'apologized', 'took to the streets', 'addressed',
    'strangled', 'murdered', 'vanished', 'disappeared', 'went missing', 'struck', 'hit', 'destroyed', 'flooded', 'recovered',
  ].join('|')})\\b`,
  'i',
);

/**
 * A state that has changed or a plan ("Its solar panels are now open", "InSight is expected to begin
 * its mission in a few months", "the vote is set to take place"): proposed like an event, dated
 * as a clause without a date of its own.
 */
const STATE_OR_PLAN = /\b(?:is|are|was|were|has been|have been)\s+(?:now|(?:expected|set|scheduled|poised)\s+to)\b/i;

/**
 * A state the article reports as standing ("Waseem is eligible to appeal"): as of the article's date.
 */
const PRESENT_STATE = /\b(?:is|are)\s+(?:now\s+)?(?:eligible|entitled|free|allowed|able)\s+to\b/i;

/**
 * Events an article names again once it has dated them: "Waseem confessed to killing his sister …
 * in 2016" dates "shortly before her death", "at the time of her murder" and "Baloch was murdered a
 * few weeks after …", which give no date of their own. By the kind of event, the words that name it.
 */
const NAMED_EVENTS: readonly (readonly [kind: string, words: RegExp])[] = [
  ['death', /\b(?:death|died|killed|killing|murder(?:ed)?|strangl(?:ed|ing)|slain)\b/i],
  ['arrest', /\barrest(?:ed)?\b/i],
  ['crash', /\bcrash(?:ed)?\b/i],
  ['explosion', /\b(?:explosion|exploded|blast)\b/i],
  ['collapse', /\bcollapsed?\b/i],
  ['landing', /\b(?:landing|landed|touched down|touchdown)\b/i],
  ['launch', /\blaunch(?:ed)?\b/i],
];
/** "before her death", "at the time of her murder", "since the collapse": a clause placing itself by a named event. */
const BY_NAMED_EVENT = /\b(?:before|after|since|following|at the time of|until)\s+(?:her|his|their|its|the)\s+(death|murder|killing|arrest|crash|collapse|explosion|landing|launch)\b/i;
/** "Baloch was murdered a few weeks after …": a clause telling the named event itself again, in the passive. */
const TELLS_NAMED_EVENT = /\b(?:was|were)\s+(murdered|killed|strangled|arrested)\b/i;

/** The kind of named event a clause without a date of its own speaks of, if any. */
function namedEventIn(text: string): string | null {
  const told = TELLS_NAMED_EVENT.exec(text);
  // "two other inmates were killed": others, counted, are killed in an event of their own.
  const others = told && /\b(?:other|others|another|more|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\b/i.test(text.slice(0, told.index));
  const words = BY_NAMED_EVENT.exec(text)?.[1] ?? (others ? undefined : told?.[1]);
  if (!words) return null;
  return NAMED_EVENTS.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}

/** A sentence that goes on about the figures of the one before: "The figures are a 75% increase from the previous year." */
const SAME_FIGURES = /^\s*(?:the|these|those|this|that)\s+(?:figures?|numbers?|statistics|data|totals?|counts?)\b/i;

/** A sentence that counts the dead or hurt. */
const TOLL = /\b(?:died|killed|dead|injured|wounded|hurt)\b/i;
/** An event that has a toll. */
const DISASTER = /\b(?:explosion|exploded|blast|attack|attacked|crash|crashed|collapse|collapsed|fire|shooting|bombing|earthquake|quake|storm|landslide|flood|derail)/i;

/** A date that names what the event came after or before ("after storms this weekend"), not when it happened. */
function isReference(clause: string, mention: TemporalMention): boolean {
  return /\b(?:after|before|following|ahead of|prior to)\s+(?:\S+\s+){0,2}$/i.test(clause.slice(0, mention.start));
}

/** A day used as a name ("the January 6 US Capitol attack", "the September 11 attacks"): what it names, not when the clause happened. */
function namesAnEvent(clause: string, mention: TemporalMention): boolean {
  return mention.level === 'date' && /\bthe\s+$/i.test(clause.slice(0, mention.start)) && /^\s+(?!(?:and|or|to|of|at|in|on|by|from|until|through|was|is|were|are|had|has)\b)[A-Za-z]/.test(clause.slice(mention.end));
}

/** Dates a clause by its most precise expressions; two days of the same rank make a span. */
function dateClause(clause: Clause, ctx: { article: ArticleDay | undefined; previous?: { day: string; time?: string; words: string }; yearHint?: number }): DatedClause | null {
  // A speaker's "will" is theirs: it makes a day they name one to come, not a day the article names ("On Wednesday, Zelenskyy commented: "There will be …"").
  const quotedFuture = speaksOfFuture(clause.span.text);
  const toldFuture = speaksOfFuture(clause.span.text.replace(/["“][^"”]*(?:["”]|$)/g, ' '));
  const futureOf = (m: TemporalMention) => ((clause.span.text.slice(0, m.start).match(/["“”]/g) ?? []).length % 2 === 1 ? quotedFuture : toldFuture);
  const all = clause.mentions.filter((m) => LEVEL_RANK[m.level] > 0 && !namesAnEvent(clause.span.text, m));
  const main = all.filter((m) => !isReference(clause.span.text, m));
  const dated = main.length > 0 ? main : all;
  const clock = clause.mentions.find((m) => m.level === 'time');
  const top = Math.max(0, ...dated.map((m) => LEVEL_RANK[m.level]));
  // "On Wednesday, INEC announced that Tinubu won on Saturday": a date that opens the clause is the clause's date.
  const opens = (m: TemporalMention) => /^(?:[A-Za-z]+\s+){0,2}$/.test(clause.span.text.slice(0, m.start)) && /^[\s,]/.test(clause.span.text.slice(m.end));
  // …and one to the day opens it even beside a date more precise ("On Wednesday the prime minister accused Iran of the attack on July 15").
  const opening = dated.find((m) => (LEVEL_RANK[m.level] >= LEVEL_RANK.relative || LEVEL_RANK[m.level] === top) && opens(m));
  const resolved = (opening ? [opening] : dated)
    .filter((m) => m === opening || LEVEL_RANK[m.level] === top)
    .map((m) => ({ m, r: m.resolve({ ...ctx, future: futureOf(m) }) }))
    .filter((x): x is { m: TemporalMention; r: Resolved } => x.r !== null);
  if (resolved.length === 0) return null;
  const sorted = [...resolved].sort((a, b) => a.r.start.localeCompare(b.r.start));
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  let result = first.r;
  if (last.r.start !== first.r.start) {
    result = { ...first.r, end: last.r.end ?? last.r.start, stated: false, note: `${first.r.note} ${last.r.note} The event is drawn from the first to the last.` };
  }
  const chainShift = first.m.shift?.minutes;
  let time = clock?.clock?.time;
  if (!time && chainShift !== undefined && Math.abs(chainShift) < 1440 && ctx.previous?.time) {
    const [h, mi] = ctx.previous.time.split(':').map(Number) as [number, number];
    const total = h * 60 + mi + chainShift;
    if (total >= 0 && total < 1440) time = `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  }
  return {
    resolved: result,
    ...(time ? { time, timeWords: clock?.text ?? first.m.text } : {}),
    words: resolved.map((x) => `“${x.m.text}”`).join(' and '),
    report: datesAReport(clause.span.text, first.m),
    timed: time !== undefined || /\b(?:morning|afternoon|evening|night)\b/i.test(first.m.text),
  };
}

/** "Sunday 28 December 2014, 06:17", for a note. */
const spokenMoment = (d: DatedClause) => `${spokenDay(d.resolved.start)}${d.time ? `, ${d.time}` : ''}`;

/** A sentence the splitter ran on past a unit's full stop ("… at 2ºC. According to the report, …"): two. */
function afterUnits(sentence: TextSpan): TextSpan[] {
  const cut = /(?<=(?:[º°][CF]|\d%?)\.)\s+(?=[A-Z][a-z]+\b)/g;
  const parts: TextSpan[] = [];
  let from = 0;
  for (const m of sentence.text.matchAll(cut)) {
    parts.push({ start: sentence.start + from, end: sentence.start + m.index, text: sentence.text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  parts.push({ start: sentence.start + from, end: sentence.end, text: sentence.text.slice(from) });
  return parts.filter((p) => p.text.length > 0);
}

/**
 * Drafts the events of an article. Deterministic: the same text and options give the same draft.
 */
export async function draftTimeline(seed: string, options: DraftOptions = {}): Promise<Draft> {
  const kinds = options.kinds ?? studioKinds();
  const { paragraphs } = articleStructure(seed, options.headlines);
  const notes: string[] = [];
  const found = options.articleDate ? null : findArticleDate(paragraphs);
  const articleDay = options.articleDate ?? found?.day;
  const article: ArticleDay | undefined = articleDay ? { day: articleDay, basis: 'stated' } : undefined;
  const story: Draft['story'] = articleDay
    ? { date: articleDay, dateBasis: 'stated', ...(found ? { dateNote: articleDateNote(found) } : {}), found: found ? found.words : 'given by the editor' }
    : { found: null };
  if (!articleDay) notes.push('No date for the article was found in its first lines: weekdays, “yesterday” and months without a year cannot be placed. Give the article’s date and draft again.');

  const proposals: DraftProposal[] = [];
  const ids = new Set<string>();
  const undated = options.undated ?? 'story';
  /** The last clause that tied a day to a time of day, not in a report: a clock time alone belongs to its day. */
  let lastTimed: DatedClause | undefined;
  /** Every clause dated to the day by its own words, in order, for a report of what happened before it. */
  const anchors: DatedClause[] = [];
  /**
   * The last event dated to the day, by its own words or the account it continues; not a report
   * ("Today, Kennedy said …", "AirNav yesterday said the aircraft was given permission …"): what
   * follows a report without a date of its own goes on with the events, not with the telling.
   */
  let lastEvent: DatedClause | undefined;
  /** The last clause dated to the day, whatever it tells: what "next" and "then" follow. */
  let lastTold: DatedClause | undefined;
  /** The last clause dated to the day by its own words within two weeks of the article's date: the news, as against its background. */
  let lastNews: DatedClause | undefined;
  /**
   * A day more than two weeks before the article's date is background ("InSight was launched May 5"):
   * it dates what follows it in its paragraph, but a later paragraph's clause without a date of its
   * own continues the news instead.
   */
  const background = (d: DatedClause | undefined) => d !== undefined && article !== undefined && daysBetween(d.resolved.start, article.day) > BACKGROUND_DAYS;
  /** The event told just before, for "a minute later". */
  let previous: { day: string; time?: string; words: string } | undefined;
  /** Each kind of named event, dated by the earliest clause that names it with a date of its own ("killing his sister … in 2016"). */
  const namedEvents = new Map<string, DatedClause>();

  for (const [index, paragraph] of paragraphs.entries()) {
    const isDateLine = found !== null && paragraph === found.paragraph && paragraph.text.length <= 60;
    let lastInParagraph: DatedClause | undefined;
    /** The day of the last report in the paragraph dated by its own words ("Today, Kennedy said"), for "He also announced …" after it. */
    let lastReport: DatedClause | undefined;
    let lastProposal: DraftProposal | undefined;
    /** A month or a year dates only the sentence right after it, when that one tells of the past ("… in 2016. She was 26."), not a statement (made in the news's time), and not where a day of the paragraph has dated its account. */
    let coarse: DatedClause | undefined;
    for (const sentence of isDateLine ? [] : splitSentences(paragraph).flatMap(afterUnits)) {
      const coarseBefore = coarse;
      coarse = undefined;
      const local: TextSpan = { start: 0, end: sentence.text.length, text: sentence.text };
      const mentions = findTemporal(sentence.text, article);
      for (const clause of splitClauses(local, mentions)) {
        const span = { start: sentence.start + clause.span.start, end: sentence.start + clause.span.end };
        const text = clause.span.text;
        /** The clause without the words it quotes: a speaker's "will" is theirs, not the article's. */
        const unquoted = text.replace(/["“][^"”]*(?:["”]|$)/g, ' ');
        const { figures, skipped } = proposeFigures(text, clause.mentions);
        const own = dateClause(clause, { article, ...(previous ? { previous } : {}), yearHint: yearHintOf(mentions) });
        const clock = clause.mentions.find((m) => m.level === 'time');
        const named = own ? undefined : namedEvents.get(namedEventIn(text) ?? '');
        // A clause with nothing of the above is proposed for a statement by someone named or by the police, officials…, or for a deed told in the past.
        const plain = !own && !named && figures.length === 0 && !clock && !EVENT_VERB.test(text) && !STATE_OR_PLAN.test(text) && !PRESENT_STATE.test(text);
        const saidVerb = plain ? (STATEMENT.exec(text)?.[1] ?? SPEAKERS.exec(text)?.[1] ?? SOLE_SPEAKER.exec(text)?.[1] ?? QUOTED_STATEMENT.exec(text)?.slice(1).find(Boolean)) : undefined;
        const deedVerb = plain && !saidVerb ? deedVerbOf(text) : undefined;
        if (plain && !deedVerb && !saidVerb) continue;
        // "That was at 6:12 local time.": a time alone tells when the event just told happened.
        if (!own && figures.length === 0 && clock?.clock && lastProposal && /^(?:that|this|it)\s+(?:was|happened|occurred|came)\b/i.test(text)) {
          lastProposal.event.quotes.push(quoteAt(seed, span));
          const note = `The time is given in the next sentence: “${clock.text}”${clock.clock.zone ? ` (${clock.clock.zone})` : ''}${options.timeZone ? '' : '; declare the story’s time zone to place it'}.`;
          if (options.timeZone && lastProposal.event.start.length === 10) lastProposal.event.start = `${lastProposal.event.start}T${clock.clock.time}`;
          lastProposal.event.dateNote = `${lastProposal.event.dateNote ?? ''} ${note}`.trim();
          lastProposal.reasons.push(note);
          continue;
        }
        // "Another explosion hit a minibus. Officials said three people died.": the toll of the event just told is part of it.
        if (!own && !clock && figures.length > 0 && lastProposal && lastProposal.event.figures.length === 0 && TOLL.test(text) && DISASTER.test(seed.slice(lastProposal.span.start, lastProposal.span.end))) {
          lastProposal.event.quotes.push(quoteAt(seed, span));
          lastProposal.event.figures.push(...figures);
          lastProposal.span = { start: lastProposal.span.start, end: span.end };
          lastProposal.reasons.push(`The next sentence gives its toll: ${figures.map((f) => `${f.qualifier ? `${f.qualifier} ` : ''}${f.value} ${f.unit}`).join(', ')}.`);
          continue;
        }
        // "AirNav yesterday said the aircraft was given permission": yesterday is when it was said; what was said happened before.
        // …but not words quoted as they were said ("Today, Kennedy said, "I was disoriented""): the statement is the event, on the day it was made.
        const reportsThePast = own?.report === true && REPORTED_PAST.test(text.replace(/["“][^"”]*["”]/g, ''));
        const sequel = SEQUEL.test(text);
        let dating: DatedClause | undefined = own && !reportsThePast ? own : undefined;
        let dateNote = dating?.resolved.note;
        if (!dating) {
          // What is to come ("is not expected to restart for six weeks") counts from the article's date.
          // …but "he estimated this would take 24 hours" tells of the past account's future: it continues that account.
          const future = speaksOfFuture(unquoted) && !/\bwould\b/i.test(unquoted);
          const inherited = future
            ? undefined
            : undated === 'paragraph'
              ? lastInParagraph
              : undated === 'story'
                ? reportsThePast && own
                  ? anchors.findLast((a) => a.resolved.start < own.resolved.start)
                  : ((clock ? lastTimed : undefined) ??
                    (sequel ? lastTold : undefined) ??
                    (coarseBefore && !saidVerb && !lastInParagraph && (tellsOfPast(text) || SAME_FIGURES.test(text)) ? coarseBefore : undefined) ??
                    lastInParagraph ??
                    (background(lastEvent) ? lastNews : lastEvent))
                : undefined;
          if (lastReport && !own && FURTHER_REPORT.test(text)) {
            dating = { resolved: { ...lastReport.resolved, stated: false }, words: lastReport.words, report: true };
            dateNote = `The sentence gives no date of its own; it goes on with the report of ${lastReport.words} (${spokenDay(lastReport.resolved.start)}).`;
          } else if (named && !future) {
            dating = { resolved: { ...named.resolved, stated: false }, words: named.words };
            dateNote = `The sentence gives no date of its own; it speaks of the event the article dates by ${named.words}.`;
          } else if (PRESENT_STATE.test(text) && article) {
            dating = { resolved: { start: article.day, precision: 'day', stated: false, note: '' }, words: 'the article’s date' };
            dateNote = `A state of affairs the article reports as standing: as of the article’s date, ${spokenDay(article.day)}.`;
          } else if (saidVerb !== undefined && /^says?$/i.test(saidVerb) && !tellsOfPast(text) && article) {
            // "Officials say that search and rescue efforts are ongoing": said, and so, as the article is written; a report, which later clauses do not continue.
            dating = { resolved: { start: article.day, precision: 'day', stated: false, note: '' }, words: 'the article’s date', report: true };
            dateNote = `A statement told in the present of what stands now: as of the article’s date, ${spokenDay(article.day)}.`;
          } else if (inherited) {
            dating = { resolved: { ...inherited.resolved, stated: false }, words: inherited.words };
            dateNote = `${reportsThePast && own ? `${own.words} is when it was said; what was said happened before. ` : 'The sentence gives no date of its own; '}it continues the account of ${inherited.words} (${spokenDay(inherited.resolved.start)}).`;
          } else if (article) {
            dating = { resolved: { start: article.day, precision: 'day', stated: false, note: '' }, words: 'the article’s date' };
            dateNote = `The article gives no date for this; it takes the article’s date, ${spokenDay(article.day)}.`;
          }
          if (dating && clock?.clock) dating = { ...dating, time: clock.clock.time, timeWords: clock.text };
        }
        const start = dating?.resolved.start ?? '';
        const time = dating?.time;
        let basis: 'stated' | 'inferred' = 'inferred';
        if (dating?.resolved.stated && article) {
          const check = checkStatedDate(start, [text], article satisfies ArticleDate);
          if (check.ok) {
            basis = 'stated';
            dateNote = check.note;
          }
        }
        if (time && !options.timeZone) {
          const zone = clock?.clock?.zone ? ` (${clock.clock.zone})` : '';
          dateNote = `${dateNote ? `${dateNote} ` : ''}The article gives the time as “${dating?.timeWords ?? time}”${zone}; declare the story’s time zone to place it at ${time}.`;
        }
        // A period needs an end: without one, the kind is not a period's.
        const guess = guessKind(text, dating?.resolved.end && dating.resolved.end !== start ? kinds : kinds.filter((k) => !k.period));
        const title = titleOf(text, clause.mentions);
        const event: DraftEvent = {
          id: idFor(title, ids),
          kind: guess.kind,
          title,
          start: time && options.timeZone && start ? `${start}T${time}` : start,
          ...(dating?.resolved.end && dating.resolved.end !== start ? { end: dating.resolved.end } : {}),
          dateBasis: basis,
          ...(dateNote ? { dateNote } : {}),
          figures,
          quotes: [quoteAt(seed, span)],
        };
        const reasons = [start ? (event.dateNote ?? 'The words state the date.') : 'No date: give the article’s date, or the event’s.'];
        if (figures.length > 0) reasons.push(`Figures: ${figures.map((f) => `${f.qualifier ? `${f.qualifier} ` : ''}${f.value} ${f.unit}`).join(', ')}.`);
        for (const s of skipped) reasons.push(`Not proposed as a figure: ${s}`);
        reasons.push(guess.cues.length > 0 ? `Kind: ${guess.kind}, for “${guess.cues.join('”, “')}”.` : `Kind: ${guess.kind}, as nothing suggests another.`);
        if (saidVerb) reasons.unshift(`A statement: the clause states no date or number of its own, but tells what was said (“${saidVerb}”) by someone named or whose word is news.`);
        if (deedVerb) reasons.unshift(`A deed: the clause states no date or number of its own, but tells of something done (“${deedVerb}”).`);
        lastProposal = { key: `p${span.start}-${span.end}`, event, span, reasons };
        proposals.push(lastProposal);
        // A clause that names another moment of its own ("accused Iran of the attack on July 15"): that moment proposed too, from the same words, for the editor to keep or reject.
        if (own) {
          const seen = new Set([event.start]);
          for (const m of clause.mentions) {
            if (LEVEL_RANK[m.level] === 0 || namesAnEvent(text, m)) continue;
            const r = m.resolve({ article, future: speaksOfFuture(unquoted), yearHint: yearHintOf(mentions) });
            // A span's last day too ("from mid-1990s to reportedly summer 2016"): two dates joined are often two moments.
            if (!r || seen.has(r.start)) continue;
            seen.add(r.start);
            const note = `The clause names another moment too: ${r.note}`;
            const hasEnd = r.end !== undefined && r.end !== r.start;
            const other: DraftEvent = {
              id: idFor(`${title} ${r.start}`, ids),
              kind: hasEnd ? event.kind : guessKind(text, kinds.filter((k) => !k.period)).kind,
              title,
              start: r.start,
              ...(hasEnd ? { end: r.end } : {}),
              dateBasis: 'inferred',
              dateNote: note,
              figures,
              quotes: event.quotes,
            };
            proposals.push({ key: `p${span.start}-${span.end}@${r.start}`, event: other, span, reasons: [note, ...reasons.slice(1)] });
          }
        }
        if (own?.report && own.resolved.precision === 'day') lastReport = own;
        // A clause dated by its own words dates what follows it in its paragraph; to the day, in the rest of the article.
        // What is to come is no anchor for the account that follows.
        // A day after the article's is to come, whatever the tense ("considering events for July 1"): no anchor either.
        const toCome = (d: DatedClause | undefined) => d !== undefined && article !== undefined && d.resolved.start > article.day;
        const anchor = own && !reportsThePast && !speaksOfFuture(unquoted) && !toCome(own) ? own : undefined;
        if (anchor?.resolved.precision === 'day') lastInParagraph = anchor;
        coarse = anchor && anchor.resolved.precision !== 'day' ? anchor : undefined;
        if (anchor?.resolved.precision === 'day') {
          anchors.push(anchor);
          if (!background(anchor) && !anchor.report) lastNews = anchor;
          if (anchor.timed && !anchor.report) lastTimed = anchor;
        }
        if (dating?.resolved.precision === 'day' && !speaksOfFuture(unquoted) && !toCome(dating)) lastTold = dating;
        if (dating?.resolved.precision === 'day' && !speaksOfFuture(unquoted) && !toCome(dating) && !own?.report && !dating.report) lastEvent = dating;
        // A named event told beside several dates ("sentenced on Friday for her murder", "killing her in 2016") took place at the earliest.
        if (anchor)
          for (const [kind, pattern] of NAMED_EVENTS) {
            const known = namedEvents.get(kind);
            if (pattern.test(text) && (!known || anchor.resolved.start < known.resolved.start)) namedEvents.set(kind, anchor);
          }
        if (event.start) previous = { day: event.start.slice(0, 10), ...(dating?.time ? { time: dating.time } : {}), words: dating ? spokenMoment(dating) : event.start };
      }
    }
    if (options.onProgress) {
      options.onProgress({ done: index + 1, total: paragraphs.length });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { story, proposals, notes };
}

/**
 * A proposal for words the editor selected in the article ("New event from selection"): dated by
 * the selection's own words, else as the draft dates the clause it lies in, else as the event
 * told before it, else on the article's date; with the figures the words state.
 */
export async function proposeForSelection(seed: string, span: { start: number; end: number }, options: DraftOptions = {}): Promise<DraftProposal> {
  const words = seed.slice(span.start, span.end);
  const draft = await draftTimeline(seed, { ...options, onProgress: undefined });
  const day = options.articleDate ?? draft.story.date;
  const article: ArticleDay | undefined = day ? { day, basis: 'stated' } : undefined;
  const mentions = findTemporal(words, article);
  const around = draft.proposals.find((p) => p.span.start <= span.start && span.end <= p.span.end) ?? draft.proposals.find((p) => p.span.start < span.end && span.start < p.span.end);
  const before = [...draft.proposals].reverse().find((p) => p.span.start <= span.start && p.event.start !== '');
  const previous = before ? { day: before.event.start.slice(0, 10), words: spokenDay(before.event.start.slice(0, 10)) } : undefined;
  const own = dateClause({ span: { start: 0, end: words.length, text: words }, mentions }, { article, ...(previous ? { previous } : {}), yearHint: yearHintOf(mentions) });
  const { figures } = proposeFigures(words, mentions);
  const kinds = options.kinds ?? studioKinds();
  const title = titleOf(words, mentions);
  let dated: Pick<DraftEvent, 'start' | 'end' | 'dateBasis' | 'dateNote'>;
  if (own) {
    const start = own.time && options.timeZone ? `${own.resolved.start}T${own.time}` : own.resolved.start;
    const check = own.resolved.stated && article ? checkStatedDate(own.resolved.start, [words], article) : null;
    dated = {
      start,
      ...(own.resolved.end && own.resolved.end !== own.resolved.start ? { end: own.resolved.end } : {}),
      dateBasis: check?.ok ? 'stated' : 'inferred',
      ...(check?.ok ? (check.note ? { dateNote: check.note } : {}) : { dateNote: own.resolved.note }),
    };
  } else if (around ?? before) {
    const source = (around ?? before)!.event;
    dated = {
      start: source.start,
      ...(source.end ? { end: source.end } : {}),
      dateBasis: 'inferred',
      dateNote: source.dateNote && around ? source.dateNote : `The words give no date of their own; they continue the account of the event told before them (${spokenDay(source.start.slice(0, 10))}).`,
    };
  } else if (article) {
    dated = { start: article.day, dateBasis: 'inferred', dateNote: `The article gives no date for this; it takes the article’s date, ${spokenDay(article.day)}.` };
  } else dated = { start: '', dateBasis: 'inferred' };
  const guess = guessKind(words, dated.end ? kinds : kinds.filter((k) => !k.period));
  const event: DraftEvent = { id: idFor(title, new Set(draft.proposals.map((p) => p.event.id))), kind: guess.kind, title, ...dated, figures, quotes: [quoteAt(seed, span)] };
  return { key: `s${span.start}-${span.end}`, event, span, reasons: [event.dateNote ?? 'The words state the date.'] };
}
