/**
 * The interface's words for a story's language, from the catalogues the app itself uses: a test
 * of a story in Arabic looks for the Arabic button, not the English one.
 */
import '../../src/shared/i18n/all';
import { messagesFor } from '../../src/shared/i18n/catalogues';
import { laterFor } from '../../src/shared/i18n/laterCatalogues';
import type { Bound, BoundMessages, LaterMessages } from '../../src/shared/i18n/messages';

export type Words = BoundMessages & Bound<LaterMessages>;

/** Every word of the interface for a story in `lang` (English when it has no catalogue). */
export function wordsFor(lang: string | undefined): Words {
  const later = laterFor(lang);
  if (!later) throw new Error('the catalogues are not registered');
  return { ...messagesFor(lang), ...later };
}
