import { escapeHtml } from '../../src/shared/html/escape.ts';
import { DEFAULT_LANGUAGE, textDirection } from '../../src/shared/text/language.ts';

/**
 * The page's root element says the story's language and its direction, before any script runs:
 * a screen reader speaks the page in that language, and a right-to-left language is laid out from
 * the right. `lang` is the story's (`story.lang`), English when it declares none.
 */
export function withLanguage(html: string, lang: string = DEFAULT_LANGUAGE): string {
  const root = /<html\b[^>]*>/;
  if (!root.test(html)) throw new Error('the page template has no <html> element to give the story’s language');
  return html.replace(root, () => `<html lang="${escapeHtml(lang)}" dir="${textDirection(lang)}">`);
}
