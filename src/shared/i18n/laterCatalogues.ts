/**
 * The interface's words no first view needs (`later/*.ts`): each language's a chunk of its own,
 * English's too, fetched when a part that says them is about to show (the embed dialog, a copied
 * link); the prerender and a page without its data inline register them up front.
 */
import { bindMessages, catalogueLanguage } from './catalogues';
import type { Bound, LaterMessages, ShippedLanguage } from './messages';

const loaded = new Map<ShippedLanguage, LaterMessages>();

const importers: Record<ShippedLanguage, () => Promise<LaterMessages>> = {
  en: () => import('./later/en').then((module) => module.enLater),
  ar: () => import('./later/ar').then((module) => module.arLater),
  he: () => import('./later/he').then((module) => module.heLater),
  fr: () => import('./later/fr').then((module) => module.frLater),
  es: () => import('./later/es').then((module) => module.esLater),
};

/** Makes a language's later words available (the prerender registers every language's). */
export function registerLater(lang: ShippedLanguage, messages: LaterMessages): void {
  loaded.set(lang, messages);
}

/** Fetches the later words a story in `storyLang` speaks, and English's, which stand in until they come. */
export async function loadLater(storyLang: string | undefined): Promise<void> {
  const wanted = [...new Set<ShippedLanguage>(['en', catalogueLanguage(storyLang)])].filter((lang) => !loaded.has(lang));
  const fetched = await Promise.all(wanted.map((lang) => importers[lang]()));
  wanted.forEach((lang, at) => registerLater(lang, fetched[at]!));
}

const bound = new Map<string, Bound<LaterMessages>>();

/** The later words for a story in `storyLang`, its language's or else English's, or null while neither has come. */
export function laterFor(storyLang: string | undefined): Bound<LaterMessages> | null {
  const wanted = catalogueLanguage(storyLang);
  const lang = loaded.has(wanted) ? wanted : 'en';
  const messages = loaded.get(lang);
  if (!messages) return null;
  const key = `${storyLang ?? ''} ${lang}`;
  let found = bound.get(key);
  if (!found) bound.set(key, (found = bindMessages(messages, lang, storyLang)));
  return found;
}

/** Whether the later words in `storyLang`'s own catalogue language have come. */
export function laterLoaded(storyLang: string | undefined): boolean {
  return loaded.has(catalogueLanguage(storyLang));
}
