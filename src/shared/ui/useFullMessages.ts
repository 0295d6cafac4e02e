import { laterFor } from '../i18n/laterCatalogues';
import { withLater, type FullMessages } from '../i18n/fullMessages';
import { useMessages, useStoryLanguage } from './storyLanguage';

/**
 * The first view's words and the later ones, for a part whose code comes only with both (the
 * regions below the chart: `src/app/reading` fetches their words with their code).
 */
export function useFullMessages(): FullMessages {
  const messages = useMessages();
  const later = laterFor(useStoryLanguage());
  if (!later) throw new Error('Sourceline: the later words are not loaded (call loadLater first)');
  return withLater(messages, later);
}
