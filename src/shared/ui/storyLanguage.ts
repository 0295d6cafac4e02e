import { createContext, createElement, useContext, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE } from '../text/language';

/** The story's language (BCP 47) and the direction its script runs in. */
export interface StoryLanguageValue {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The story's language (`story.lang`), for what writes numbers and dates without the story at
 * hand (a figure's value, a cluster's count), and its direction. The story's view provides it;
 * English elsewhere.
 */
export const StoryLanguage = createContext<StoryLanguageValue>({ lang: DEFAULT_LANGUAGE, dir: 'ltr' });

/** The language the story's numbers and dates are written in. */
export function useStoryLanguage(): string {
  return useContext(StoryLanguage).lang;
}

/**
 * The `dir` for words in the story's language set among the app's own (a date, a title, an axis
 * label): 'rtl' for a right-to-left language, so "30 نوفمبر 2023" keeps its order beside English
 * words or inside the chart, which is drawn left to right; nothing for a left-to-right one.
 */
export function useStoryDirection(): 'rtl' | undefined {
  return useContext(StoryLanguage).dir === 'rtl' ? 'rtl' : undefined;
}

/**
 * Words in the story's language inside a sentence of the app's own ("Timeline, 30 نوفمبر 2023"):
 * set apart in the story's direction when it runs right to left, left as they are otherwise.
 */
export function OwnWords({ children }: { children: string }): ReactNode {
  const dir = useStoryDirection();
  return dir ? createElement('span', { dir }, children) : children;
}
