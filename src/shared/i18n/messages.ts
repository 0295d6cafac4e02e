/**
 * The interface's words: one catalogue per language (`en.ts`, the source, and its translations),
 * each a plain object of messages. A message is a string, or a function of named parameters that
 * returns one; such a function is also handed the language's formats, so a count picks its plural
 * form through `Intl.PluralRules`, a list is joined by `Intl.ListFormat`, and a number is written
 * in the story's locale, as every other number on the page is. No library: the catalogues are
 * typed by the English one, so TypeScript refuses a catalogue with a key missing, a key too many,
 * or a function taking other parameters.
 */
import type { en, enPages } from './en';
import type { enLater } from './later/en';

/** The plural categories CLDR knows. A language uses some of them (`other` always). */
export type PluralCategory = Intl.LDMLPluralRule;

/** A form of the words for each plural category the language uses; `other` is always one of them. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

/** What a message function is given besides its parameters. */
export interface Formats {
  /**
   * The form of `forms` for `n`'s plural category in the catalogue's language (Arabic has six,
   * English two). A category the language uses with no form given is an error, which the
   * catalogues' test finds by asking every message for every category.
   */
  plural(n: number, forms: PluralForms): string;
  /** `n` written as the story's figures are: its locale's digits and separators. */
  number(n: number): string;
  /** Words joined as the catalogue's language joins them ("a, b and c"; "a، b و c"). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

/** A message's shape: words, or words made from named parameters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a catalogue's functions take parameters of any shape
export type Message = string | ((params: any, formats: Formats) => string);

/** Every message of the interface, as the English catalogue gives them. */
export type Messages = typeof en;

/** The words no first view needs (the embed dialog, load errors, the index, the answers to a click), as the English catalogue gives them. */
export type LaterMessages = typeof enLater;

/** The words only the build writes (cards, structured data, the 404 page, the index), as the English catalogue gives them. */
export type PageMessages = typeof enPages;

/** Messages ready to use: each function message takes its parameters alone, the formats bound in. */
export type Bound<M> = {
  readonly [K in keyof M]: M[K] extends (params: infer P, formats: Formats) => string ? (params: P) => string : M[K];
};

/** The app's catalogue, ready to use. */
export type BoundMessages = Bound<Messages>;

/** The languages shipped, by primary subtag (`ar` serves `ar-EG` too). English is the source and the fallback. */
export const SHIPPED_LANGUAGES = ['en', 'ar', 'he', 'fr', 'es'] as const;
export type ShippedLanguage = (typeof SHIPPED_LANGUAGES)[number];
