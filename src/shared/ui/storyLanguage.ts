import { createContext, useContext } from 'react';
import { DEFAULT_LANGUAGE } from '../text/language';

/**
 * The story's language (`story.lang`), for what writes numbers and dates without the story at
 * hand (a figure's value, a cluster's count). The story's view provides it; English elsewhere.
 */
export const StoryLanguage = createContext<string>(DEFAULT_LANGUAGE);

/** The language the story's numbers and dates are written in. */
export function useStoryLanguage(): string {
  return useContext(StoryLanguage);
}
