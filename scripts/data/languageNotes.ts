import { languageName } from '../../src/shared/text/language.ts';

/**
 * What the checks read in an article not in English, added to a message when a check finds
 * nothing: digits of any script are read ("٢٤٠" states 240), but number words and dates written
 * in words only in English, so "مئتان" or "deux cents" is not seen as 200 and "24 novembre" is not
 * seen as a date. '' for an English story (or one that declares no language).
 */
export function englishOnlyNote(lang: string | undefined, what: 'numbers' | 'dates'): string {
  if (lang === undefined || new Intl.Locale(lang).language === 'en') return '';
  const language = languageName(lang) ?? lang;
  return what === 'numbers'
    ? `; numbers are read in digits of any script, but number words only in English, so a number this ${language} article writes in words is not seen: quote words that give it in digits, or leave the figure out`
    : `; dates are read only when written in English, so a date this ${language} article writes is not seen: mark it inferred and say in dateNote which words give it`;
}
