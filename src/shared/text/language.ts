/**
 * A story's language: a BCP 47 tag (`en`, `ar`, `pt-BR`), and the direction its text runs in.
 * Pages carry both (`<html lang dir>`), so a screen reader speaks the story in its language and a
 * right-to-left story is laid out from the right.
 */

/** The language of a story that does not declare one. */
export const DEFAULT_LANGUAGE = 'en';

const formatLocales = new Map<string, string>();

/**
 * The locale a story's dates and numbers are written in: its language, except that plain English
 * is written as it always was here, the British way ("24 November 2023"); `en-US` asks for
 * "November 24, 2023". A tag the platform cannot read falls back to the same.
 */
export function formatLocale(lang: string | undefined): string {
  if (lang === undefined) return 'en-GB';
  // Asked for every date and figure a frame writes: the answer is kept per tag.
  let locale = formatLocales.get(lang);
  if (locale === undefined) {
    const canonical = canonicalLanguage(lang);
    locale = canonical === null || canonical === DEFAULT_LANGUAGE ? 'en-GB' : canonical;
    formatLocales.set(lang, locale);
  }
  return locale;
}

/** Scripts written right to left (ISO 15924), as CLDR's likely subtags give a language's script. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** The tag in its canonical form (`pt-br` → `pt-BR`), or null when it is not a well-formed BCP 47 tag. */
export function canonicalLanguage(tag: string): string | null {
  if (tag.trim() !== tag || tag === '') return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The direction of text in `tag`'s language: its script, given or the one the language is most
 * likely written in (`ar` → Arabic, `az-Arab` → Arabic, `az` → Latin), decides. An unknown tag runs
 * left to right.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const canonical = canonicalLanguage(tag);
  if (!canonical) return 'ltr';
  const script = new Intl.Locale(canonical).maximize().script;
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/**
 * The language's name in English ("Arabic" for `ar-EG`'s language), or null when `tag` is not
 * well-formed or its language is one the platform's locale data does not know: a well-formed tag
 * can still be a typing slip (`english`, `xx`).
 */
export function languageName(tag: string): string | null {
  const canonical = canonicalLanguage(tag);
  if (!canonical) return null;
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return names.of(new Intl.Locale(canonical).language) ?? null;
}
