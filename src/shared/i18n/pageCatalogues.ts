/**
 * The words only the build writes (social cards, structured data, the 404 page, the index of
 * stories, the old addresses' pages), in every shipped language: for the prerender, in Node.
 * No page's script imports this module.
 */
import { arPages } from './ar';
import { catalogueLanguage, bindMessages, interfaceFor } from './catalogues';
import { enPages } from './en';
import { esPages } from './es';
import { frPages } from './fr';
import { hePages } from './he';
import type { Bound, BoundMessages, LaterMessages, PageMessages, ShippedLanguage } from './messages';
import { laterFor } from './laterCatalogues';
import './all';

const pages: Record<ShippedLanguage, PageMessages> = { en: enPages, ar: arPages, he: hePages, fr: frPages, es: esPages };

/** A story's words for the build: the app's (`messages`) and the build's own (`pages`), in its catalogue's language, and whether that is the English fallback. */
export interface PageInterface {
  lang: ShippedLanguage;
  fallback: boolean;
  messages: BoundMessages;
  later: Bound<LaterMessages>;
  pages: Bound<PageMessages>;
}

/** The build's words for a story in `storyLang` (`undefined`: the site's own, English). */
export function pageInterfaceFor(storyLang: string | undefined): PageInterface {
  const ui = interfaceFor(storyLang);
  const lang = catalogueLanguage(storyLang);
  const later = laterFor(storyLang);
  if (!later) throw new Error('the later catalogues are not registered');
  return { ...ui, later, pages: bindMessages(pages[lang], lang, storyLang) };
}
