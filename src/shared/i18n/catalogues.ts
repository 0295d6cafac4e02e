/**
 * Which catalogue a story's interface speaks, and getting it. Every catalogue, English too, is a
 * chunk of its own, fetched before a page in its language hydrates (the prerendered page preloads
 * it), so a page downloads the words of one language only. The prerender and the tests, in Node,
 * register them all (`all.ts`).
 */
import { canonicalLanguage, DEFAULT_LANGUAGE } from '../text/language';
import { formatsFor } from './formats';
import { SHIPPED_LANGUAGES, type Bound, type BoundMessages, type Messages, type ShippedLanguage } from './messages';

/** The interface for one story: its catalogue's language, and the catalogue bound to the story's formats. */
export interface Interface {
  /** The catalogue's language (`ar` for a story in `ar-EG`; `en` for one in a language not shipped). */
  lang: ShippedLanguage;
  /** True when the story's language has no catalogue, so the interface speaks English in a page that does not. */
  fallback: boolean;
  messages: BoundMessages;
}

const loaded = new Map<ShippedLanguage, Messages>();

/** The catalogue serving `storyLang` (its primary subtag: `ar-EG` → `ar`), English when none is shipped. */
export function catalogueLanguage(storyLang: string | undefined): ShippedLanguage {
  const canonical = storyLang === undefined ? null : canonicalLanguage(storyLang);
  if (canonical === null) return 'en';
  const primary = new Intl.Locale(canonical).language;
  return (SHIPPED_LANGUAGES as readonly string[]).includes(primary) ? (primary as ShippedLanguage) : 'en';
}

/** Makes a catalogue available to `interfaceFor` (the prerender registers every one; the browser the one its page needs). */
export function registerCatalogue(lang: ShippedLanguage, messages: Messages): void {
  loaded.set(lang, messages);
}

const importers: Record<ShippedLanguage, () => Promise<Messages>> = {
  en: () => import('./en').then((module) => module.en),
  ar: () => import('./ar').then((module) => module.ar),
  he: () => import('./he').then((module) => module.he),
  fr: () => import('./fr').then((module) => module.fr),
  es: () => import('./es').then((module) => module.es),
};

/**
 * Fetches and registers the catalogue `storyLang` needs, if it is not at hand yet. Should it fail,
 * English is fetched in its place (the interface then speaks English) and the failure is thrown.
 */
export async function loadCatalogue(storyLang: string | undefined): Promise<void> {
  const lang = catalogueLanguage(storyLang);
  if (loaded.has(lang)) return;
  try {
    registerCatalogue(lang, await importers[lang]());
  } catch (error) {
    if (lang !== 'en' && !loaded.has('en')) registerCatalogue('en', await importers.en());
    throw error;
  }
}

/** Whether `interfaceFor(storyLang)` would give the story's own catalogue now. */
export function catalogueLoaded(storyLang: string | undefined): boolean {
  return loaded.has(catalogueLanguage(storyLang));
}

/** A tag's language alone (`ar-EG` → `ar`); English for a tag that is not one. */
const primaryOf = (tag: string) => {
  const canonical = canonicalLanguage(tag);
  return canonical === null ? 'en' : new Intl.Locale(canonical).language;
};

/** Each catalogue bound once per story language. */
const bound = new Map<string, Interface>();

/**
 * The interface for a story in `storyLang`: its language's catalogue, or English when none is
 * shipped or it has not been loaded (`loadCatalogue` first, in a browser).
 */
export function interfaceFor(storyLang: string | undefined): Interface {
  const key = storyLang ?? DEFAULT_LANGUAGE;
  const wanted = catalogueLanguage(storyLang);
  const lang = loaded.has(wanted) ? wanted : 'en';
  const catalogue = loaded.get(lang);
  if (!catalogue) throw new Error('Sourceline: no catalogue of the interface’s words is loaded (call loadCatalogue first)');
  const cacheKey = `${key} ${lang}`;
  let found = bound.get(cacheKey);
  if (!found) {
    found = { lang, fallback: lang !== primaryOf(key), messages: bindMessages(catalogue, lang, storyLang) };
    bound.set(cacheKey, found);
  }
  return found;
}

/** The messages of `catalogue` (in `lang`) for a story in `storyLang`: function messages with the formats bound in. */
export function bindMessages<M extends object>(catalogue: M, lang: ShippedLanguage, storyLang: string | undefined): Bound<M> {
  const formats = formatsFor(lang, storyLang);
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, message]) => [key, typeof message === 'function' ? (params: unknown) => (message as (p: unknown, f: typeof formats) => string)(params, formats) : message]),
  ) as Bound<M>;
}

/** The interface's words for a story in `storyLang`, for code outside React (the prerender, pure modules). */
export function messagesFor(storyLang: string | undefined): BoundMessages {
  return interfaceFor(storyLang).messages;
}
