/**
 * A figure's label: a few of the clause's own words saying what its number is about, as an editor
 * would write it beside the number ("on board", "damaged", "turnout", "ground speed"). Read from the
 * words after what the number counts (the predicate: "48 apartments were damaged") or, failing
 * them, from the words before the number ("Tinubu received 8,794,726 votes", "a ground speed of
 * 353knts"); a list of numbers shares one label, and a change "from X to Y" labels its first
 * number as the value before. Never a bare joining word, never a piece of another number.
 */

/** Words a label does not end with, and that alone say nothing: articles, prepositions, joining words, auxiliaries. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'onto', 'as', 'than', 'between', 'through', 'per', 'about', 'over', 'under', 'up', 'within',
  'and', 'or', 'but', 'nor', 'so', 'while', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'before', 'after', 'since', 'until', 'because', 'due', 'if',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must',
  'including', 'among', 'like', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'previous', 'total', 'only', 'just', 'still', 'also', 'now', 'then', 'it',
]);
/** Words dropped from the front of a label: "were on board" → "on board", "are confirmed dead" → "confirmed dead", "it made" → "made". */
const FRONT_DROP = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'still', 'now', 'also', 'all', 'each', 'both', 'then', 'only', 'just', 'previous', 'total', 'it', 'they', 'he', 'she', 'we', 'i', 'this', 'that']);
/** Before a number, a leading preposition or "to" says nothing either: "to climb" → "climb", "with a ground speed" → "ground speed". */
const LEAD_FRONT_DROP = new Set([...FRONT_DROP, 'to', 'of', 'with', 'by']);
/** Words after which a predicate turns to something else: "two miners managed to walk out and were treated". */
const TURNS = new Set(['including', 'according', 'and', 'or', 'but', 'while', 'which', 'that', 'who', 'whom', 'whose', 'when', 'where', 'because', 'due', 'following', 'before', 'after', 'although', 'though', 'if', 'since', 'until', 'as', 'so', 'with', 'than']);
/** Words that open the next item of a list, not a predicate. */
/** A word that ties what comes before to the number after it ("from five to six", "a previous 93"). */
const LINKS_NUMBERS = /^(?:from|to|than|previous|and|or|between|of)$/i;
const NEXT_ITEM = /^(?:and|or|nor|plus|with|while|but)$/i;
const PRONOUNS = /^(?:he|she|it|they|we|i|you|him|her|them|us|this|that|these|those|there)$/i;
/** Where a clause's phrase ends: a sentence mark, a bracket, a quotation mark, a dash, or a comma that is not inside a number ("32,000"). */
const PHRASE_BREAK = /[.;:()"“”[\]!?—–]|,(?!\d{3})/;

const bare = (word: string) => word.toLowerCase().replace(/[’']s$/, '');
const hasDigit = (word: string) => /\d/.test(word);

/** The words left when the front's auxiliaries and the end's joining words are taken off; undefined when nothing that says anything is left. */
function trimmed(words: string[], front: ReadonlySet<string> = FRONT_DROP): string | undefined {
  let from = 0;
  let to = words.length;
  while (from < to && front.has(bare(words[from]!))) from += 1;
  while (to > from && FUNCTION_WORDS.has(bare(words[to - 1]!))) to -= 1;
  const kept = words.slice(from, to);
  if (kept.length === 0 || kept.every((w) => FUNCTION_WORDS.has(bare(w)) || PRONOUNS.test(w))) return undefined;
  return kept.join(' ');
}

/**
 * What the clause says of the things counted, from the words after them up to the phrase's end:
 * "were on board" → "on board", "managed to walk out and were treated" → "managed to walk out".
 * Undefined when those words open the next item of a list, turn to something else ("following the landslide") or lead to another number ("from a previous 93").
 */
export function predicateAfter(text: string, from: number): string | undefined {
  // "250 miles (400 km) southwest of Lahore": the aside in brackets is passed over.
  const rest = text.slice(from).replace(/^\s*(?:\([^()]*\)|\[[^[\]]*\])/, '');
  const words = (rest.split(PHRASE_BREAK)[0] ?? '').replace(/^\s*-/, '').split(/\s+/).filter(Boolean);
  if (words[0] && (NEXT_ITEM.test(words[0]) || TURNS.has(bare(words[0])))) return undefined;
  const kept: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    // Four words at most, but a name is not cut ("by the US Geological Survey").
    if (kept.length >= 4 && !(/^[A-Z]/.test(word) && /^[A-Z]/.test(kept.at(-1)!))) break;
    // "from a previous 93": the words lead to another number; "appeared in the M2 motorway": they name something.
    if (hasDigit(word)) {
      if (LINKS_NUMBERS.test(kept.at(-1) ?? '')) return undefined;
      break;
    }
    // "in Cornwall and Devon": a name joined to a name is one place, not a turn.
    const joinsNames = bare(word) === 'and' && /^[A-Z]/.test(words[i + 1] ?? '') && /^[A-Z]/.test(kept.at(-1) ?? '');
    if (kept.length > 0 && TURNS.has(bare(word)) && !joinsNames) break;
    kept.push(word);
  }
  return trimmed(kept);
}

/**
 * What the number is of, from the words before it in its phrase: "Tinubu received" (votes),
 * "ground speed" (a ground speed of 353knts), "turnout" (turnout was 27%), "death toll" (the death
 * toll of the extended event from five …). `hedge` is the qualifier written before the number, left
 * out; `floor` is where the words of the number before it end ("23,000 flying hours on 13,600 flights").
 */
export function phraseBefore(text: string, start: number, hedge?: string, floor = 0): string | undefined {
  let lead = text.slice(floor, start);
  if (hedge) lead = lead.replace(new RegExp(`\\s*${hedge.replace(/\s+/g, '\\s+')}\\s*$`, 'i'), '');
  let words = (lead.split(PHRASE_BREAK).at(-1) ?? '').split(/\s+/).filter(Boolean);
  const lastNumber = words.findLastIndex(hasDigit);
  words = words.slice(lastNumber + 1);
  // "a ground speed of", "the death toll of the extended event from": what comes before "of".
  const of = words.findLastIndex((w) => bare(w) === 'of');
  if (of > 0 && words.length - of <= 5) return trimmed(words.slice(Math.max(0, of - 2), of), LEAD_FRONT_DROP);
  while (words.length > 0 && FUNCTION_WORDS.has(bare(words.at(-1)!))) words = words.slice(0, -1);
  return trimmed(words.slice(-2), LEAD_FRONT_DROP);
}

/** A number of a clause with its figure and where its words lie: from the hedge before it to the end of what it counts. */
export interface PlacedFigure {
  value: number;
  unit: string;
  label: string;
  qualifier?: string;
  /** The label said what the number is by its own words (an age, "dead", a magnitude), and lists and changes leave it. */
  fixed: boolean;
  start: number;
  end: number;
}

const BREAKDOWN = /^\s*,?\s*(?:including|among them|of which|of whom|of them)\s+$/i;
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * Labels that belong to several numbers at once: the items of a list share what is said of them
 * all ("twelve helicopters, eleven planes, and 32 vessels" were in use; "155 passengers and seven
 * crew were on board"); a change "from X to Y" labels X as the value before and gives both the
 * unit either states; a range "between X and Y people" gives X the unit of Y; a measure given again
 * in other units in brackets ("16 feet (5 meters)") takes the first one's label; the numbers that
 * break one down ("143 buildings including 70 schools, 40 houses") take its label.
 */
export function relateLabels(text: string, placed: PlacedFigure[]): void {
  let group: PlacedFigure[] = [];
  /** The label of the figure a list breaks down ("143 buildings including 70 schools, 40 houses …"). */
  let breakdownOf: string | undefined;
  const closeGroup = () => {
    const first = group[0];
    if (first && group.length > 1) {
      // Items that say something of their own ("36 in North Cotabato, 29 in South Cotabato") keep it.
      const own = group.slice(0, -1).some((item) => predicateAfter(text, item.end) !== undefined);
      const floor = placed[placed.indexOf(first) - 1]?.end ?? 0;
      const shared = own ? undefined : (predicateAfter(text, group.at(-1)!.end) ?? breakdownOf ?? phraseBefore(text, first.start, first.qualifier, floor));
      for (const item of group) {
        if (shared && !item.fixed) item.label = shared;
        // "21 injured individuals in Davao del Sur, 36 in North Cotabato": a number without its own unit counts what the first counts.
        if (item.unit === 'count') item.unit = first.unit;
      }
    }
    group = [];
    breakdownOf = undefined;
  };
  placed.forEach((cur, i) => {
    // "6–0 and 6–2": a score or a span written with a dash is not an item of a list, nor one end of a change.
    const dashed = (f: PlacedFigure) => /^[–-]\d/.test(text.slice(f.end, f.end + 2)) || /\d[–-]$/.test(text.slice(Math.max(0, f.start - 2), f.start));
    if (dashed(cur)) {
      closeGroup();
      return;
    }
    const prev = placed[i - 1] && !dashed(placed[i - 1]!) ? placed[i - 1] : undefined;
    const between = prev ? text.slice(prev.end, cur.start) : '';
    if (prev && LIST_JOIN.test(between) && !/\bbetween\s*$/i.test(text.slice(0, prev.start))) {
      if (group.length === 0) group.push(prev);
      group.push(cur);
      return;
    }
    closeGroup();
    if (!prev) return;
    if (BREAKDOWN.test(between)) {
      breakdownOf = prev.label;
      if (!cur.fixed) cur.label = prev.label;
      group = [cur];
      return;
    }
    // "21 injured individuals in Davao del Sur, 36 in North Cotabato": a number of a list without its own unit counts what the one before counts.
    if (cur.unit === 'count' && prev.unit !== 'count' && /^[^\d.;:]*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(between)) cur.unit = prev.unit;
    // "16 feet (5 meters)", "12,300 mph [miles per hour; 19,800 kilometres per hour]": the same measure in other units.
    // (A share in brackets, "8,794,726 votes (36.61%)", is another figure.)
    if (/^\s*[([][^)\]]*$/.test(between) && cur.unit !== prev.unit && cur.unit !== '%' && prev.unit !== '%') {
      if (!cur.fixed && !prev.fixed) cur.label = prev.label;
      return;
    }
    const before = text.slice(0, prev.start);
    const isRange = /\b(?:between|ranging\s+from)\s*$/i.test(before) && /^\s+(?:and|to)\s+$/i.test(between);
    const isChange = !isRange && /^\s+to\s+$/i.test(between) && /\bfrom\s*$/i.test(before);
    if (isRange) {
      if (prev.unit === 'count') prev.unit = cur.unit;
      if (!prev.fixed || cur.label === 'age') prev.label = cur.label;
    } else if (isChange) {
      const base = phraseBefore(text, prev.start, prev.qualifier);
      if (prev.unit === 'count') prev.unit = cur.unit;
      if (cur.unit === 'count') cur.unit = prev.unit;
      if (cur.unit === 'count' && base && /\b(?:toll|deaths|dead)\b/i.test(base)) prev.unit = cur.unit = 'people';
      if (base) {
        if (!prev.fixed) prev.label = `${base}, before`;
        if (!cur.fixed) cur.label = base;
      }
    }
  });
  closeGroup();
}
