import { useEffect, useState } from 'react';
import { laterFor, laterLoaded, loadLater } from '../i18n/laterCatalogues';
import type { Bound, LaterMessages } from '../i18n/messages';
import { useStoryLanguage } from './storyLanguage';

/**
 * The interface's words no first view needs (the embed dialog's, a copied link's), in the story's
 * language: null until a chunk of them has come, which this asks for (once `wanted`: a part of the
 * first view asks only when it has something to say); the part then renders again (English's stand
 * in while the language's own are on their way).
 */
export function useLaterMessages(wanted = true): Bound<LaterMessages> | null {
  const lang = useStoryLanguage();
  const [, setArrived] = useState(0);
  const complete = laterLoaded(lang);
  useEffect(() => {
    if (complete || !wanted) return;
    let live = true;
    loadLater(lang).then(
      () => live && setArrived((count) => count + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang, complete, wanted]);
  return laterFor(lang);
}
