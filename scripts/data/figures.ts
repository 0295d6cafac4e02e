import { findNumbers, mentionStates, type NumberMention } from '../../src/shared/text/numbers.ts';
import { formatValue } from '../../src/shared/format/figures.ts';
import type { AuthoredFigure } from './authoring.ts';
import { englishOnlyNote } from './languageNotes.ts';

/**
 * Checks a figure against the words of its quotes: the number is stated, in the unit the words
 * give it (a percentage, a currency, days for "a week"), and with the hedge the words put beside
 * it. A figure keeps its qualifier exactly when the article's words do: "about 11 hours" needs
 * `qualifier: about`, and `qualifier: nearly` needs "nearly" next to the number.
 */

/** Words that hedge a number when they come right before it, longest first so "more than" wins over "more". */
export const HEDGES = [
  'an estimated', 'approximately', 'upwards of', 'as many as', 'as much as', 'as few as', 'fewer than', 'more than', 'less than',
  'close to', 'at least', 'at most', 'just over', 'just under', 'well over', 'roughly', 'around', 'nearly', 'almost', 'about',
  'up to', 'some', 'over', 'under',
] as const;
/** Hedges that may follow the number instead ("240 or more"). */
const AFTER_HEDGES = ['or more', 'or so', 'or fewer', 'or less', 'and more'] as const;

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The hedge written right before (or after) a mention in `text`, if any. */
export function hedgeAt(text: string, mention: NumberMention): string | undefined {
  const before = fold(text.slice(Math.max(0, mention.start - 24), mention.start));
  const after = fold(text.slice(mention.end, mention.end + 12));
  const front = HEDGES.find((hedge) => before === hedge || before.endsWith(` ${hedge}`) || before.endsWith(`(${hedge}`));
  return front ?? AFTER_HEDGES.find((hedge) => after === hedge || after.startsWith(`${hedge} `) || after.startsWith(`${hedge},`) || after.startsWith(`${hedge}.`));
}

/** What a number counts when the words around it say: a percentage or an amount of a currency. */
export type NumberUnit = 'percent' | 'USD' | 'EUR' | 'GBP' | 'JPY' | 'INR' | 'AUD' | 'CAD' | 'HKD' | 'NZD' | 'CNY' | 'THB';

const UNIT_WORDS: Record<string, NumberUnit> = {
  '%': 'percent', percent: 'percent', 'per cent': 'percent', percentage: 'percent', 'percentage points': 'percent',
  $: 'USD', us$: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', '¥': 'JPY', jpy: 'JPY', yen: 'JPY', '₹': 'INR', inr: 'INR',
  rupees: 'INR', a$: 'AUD', aud: 'AUD', c$: 'CAD', cad: 'CAD', hk$: 'HKD', hkd: 'HKD', nz$: 'NZD', nzd: 'NZD', cny: 'CNY', yuan: 'CNY',
  '฿': 'THB', thb: 'THB', baht: 'THB',
};

/** The percentage or currency a figure's unit names ("US dollars" → USD, "%" → percent), if it names one. */
export function unitOf(unit: string): NumberUnit | undefined {
  return UNIT_WORDS[fold(unit)];
}

const isDays = (unit: string) => /^days?$/i.test(unit.trim());

/** A number with the currency or percentage its words give it, and its words including them ("$1.7 billion", "40%"). */
export interface UnitMention extends NumberMention {
  unit?: NumberUnit;
}

/** Reads the currency symbol or code before a number, or the percent sign or currency after it. */
export function withUnit(text: string, mention: NumberMention): UnitMention {
  // A symbol ("$", "US$", "£") or a currency's code written before the amount ("GBP 355 million").
  const symbol = /(US\$|A\$|C\$|HK\$|NZ\$|[$€£¥₹฿])\s?$|(?<![\p{L}])(USD|EUR|GBP|JPY|INR|AUD|CAD|HKD|NZD|CNY|THB)\s$/u.exec(text.slice(Math.max(0, mention.start - 5), mention.start));
  const after = /^(?:\s?(%)|\s(percent|per cent|(?:US )?[A-Za-z]+))(?![\p{L}])/u.exec(text.slice(mention.end));
  const word = after?.[1] ?? after?.[2];
  const afterUnit = word ? unitOf(word.replace(/^US /, '')) : undefined;
  const unit = symbol ? unitOf(symbol[1] ?? symbol[2] ?? '') : afterUnit;
  if (!unit) return mention;
  const start = symbol ? mention.start - symbol[0].length : mention.start;
  const end = !symbol && after ? mention.end + after[0].length : mention.end;
  return { ...mention, unit, start, end, text: text.slice(start, end) };
}

/** Whether a mention can state this figure, unit included; the reason when it cannot. */
function unitProblem(figure: AuthoredFigure, mention: UnitMention): string | undefined {
  const wanted = unitOf(figure.unit);
  if (mention.value !== figure.value && mention.inDays === figure.value && !isDays(figure.unit)) {
    return `"${mention.text}" is ${figure.value} days, but the figure's unit is "${figure.unit}"`;
  }
  if (mention.unit && mention.unit !== wanted) {
    const what = mention.unit === 'percent' ? 'a percentage' : `an amount in ${mention.unit}`;
    return `"${mention.text}" is ${what}, but the figure's unit is "${figure.unit}"`;
  }
  if (wanted && mention.unit !== wanted) return `the figure's unit "${figure.unit}" is not what "${mention.text}" says`;
  return undefined;
}

/** A few words either side of a mention, for a message, as the quote writes them. */
function context(text: string, mention: NumberMention): string {
  const before = text.slice(0, mention.start);
  const after = text.slice(mention.end);
  const head = /(?:\S+\s+){0,3}$/.exec(before)?.[0] ?? '';
  const tail = /^\S*(?:\s+\S+){0,2}/.exec(after)?.[0] ?? '';
  return `${head.length < before.length ? '…' : ''}${head}${mention.text}${tail}${tail.length < after.length ? '…' : ''}`;
}

/** Where a figure is stated: the quote's index and the words' offsets in its text. */
export interface StatedAt {
  quote: number;
  start: number;
  end: number;
}

/**
 * Checks one figure against its quotes: the problems, each a sentence naming the value, the field
 * and the words, and where the words that state it are, once they fit it.
 */
export function figureCheck(figure: AuthoredFigure, quotes: readonly string[], lang?: string): { problems: string[]; stated?: StatedAt } {
  const name = `figure ${formatValue(figure.value)} ${figure.unit} (${figure.label})`;
  const found = quotes.flatMap((text, quote) =>
    findNumbers(text)
      .filter((m) => mentionStates(m, figure.value))
      .map((m) => ({ text, quote, mention: withUnit(text, m) })),
  );
  if (found.length === 0) {
    const stated = quotes.flatMap((text) => findNumbers(text).filter((m) => m.value !== null).map((m) => `"${withUnit(text, m).text}"`));
    return { problems: [`${name} is not stated in any of its quotes${stated.length > 0 ? ` (they state ${[...new Set(stated)].join(', ')})` : ''}${englishOnlyNote(lang, 'numbers')}`] };
  }
  const fitting = found.filter(({ mention }) => unitProblem(figure, mention) === undefined);
  if (fitting.length === 0) return { problems: found.map(({ mention }) => `${name}: ${unitProblem(figure, mention)}`).slice(0, 1) };
  const wanted = figure.qualifier ? fold(figure.qualifier) : undefined;
  const match = fitting.find(({ text, mention }) => hedgeAt(text, mention) === wanted);
  if (match) return { problems: [], stated: { quote: match.quote, start: match.mention.start, end: match.mention.end } };
  const [{ text, mention }] = fitting as [(typeof fitting)[number]];
  const hedge = hedgeAt(text, mention);
  if (wanted === undefined) {
    return { problems: [`${name}: the quote says "${context(text, mention)}"; add qualifier: ${hedge} (the figure must carry the article's hedge)`] };
  }
  return {
    problems: [
      hedge
        ? `${name}: qualifier "${figure.qualifier}" does not match the quote, which says "${context(text, mention)}" (qualifier: ${hedge})`
        : `${name}: qualifier "${figure.qualifier}" is not next to the number in its quotes, which say "${context(text, mention)}"`,
    ],
  };
}


/** Problems with one figure, each a sentence naming the value, the field and the words. */
export function checkFigure(figure: AuthoredFigure, quotes: readonly string[]): string[] {
  return figureCheck(figure, quotes).problems;
}
