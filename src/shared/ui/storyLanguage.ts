import { createContext, createElement, useContext, type ReactNode } from 'react';
import { withNodes } from './withNodes';
import { DEFAULT_LANGUAGE, textDirection } from '../text/language';
import { interfaceFor, type Interface } from '../i18n/catalogues';
import type { BoundMessages } from '../i18n/messages';

/** The story's language (BCP 47), the direction its script runs in, and the interface's catalogue for it. */
export interface StoryLanguageValue {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The interface's words: the story's language's catalogue, or English when it has none (`interfaceFor`). */
  ui: Interface;
}

/**
 * The story's language (`story.lang`), for what writes numbers and dates without the story at
 * hand (a figure's value, a cluster's count), and its direction. The story's view provides it;
 * English elsewhere.
 */
export const StoryLanguage = createContext<StoryLanguageValue | null>(null);

let english: StoryLanguageValue | null = null;
/** The story's language as provided, or English outside a story (worked out when first asked: the catalogue loads first). */
function useLanguage(): StoryLanguageValue {
  return useContext(StoryLanguage) ?? (english ??= { lang: DEFAULT_LANGUAGE, dir: 'ltr', ui: interfaceFor(DEFAULT_LANGUAGE) });
}

/** The language the story's numbers and dates are written in. */
export function useStoryLanguage(): string {
  return useLanguage().lang;
}

/** The interface's words, in the story's language when it has a catalogue. */
export function useMessages(): BoundMessages {
  return useLanguage().ui.messages;
}

/**
 * The `lang` for an element of the app's own words: the catalogue's language when the interface
 * falls back to English in a story of another language (the page says the story's), so a screen
 * reader speaks them as English; nothing when the interface speaks the story's language.
 */
export function useUiLang(): string | undefined {
  const { ui } = useLanguage();
  return ui.fallback ? ui.lang : undefined;
}

/**
 * The `dir` for the interface's own words inside the chart, whose element is `dir="ltr"` (its
 * drawing is placed by x, mirrored for a right-to-left story, `model/mirror.ts`): 'rtl'
 * when they are Arabic or Hebrew, so "الخط الزمني، …" and "المعروض: …" read in their order;
 * nothing otherwise.
 */
export function useUiDirection(): 'rtl' | undefined {
  return textDirection(useLanguage().ui.lang) === 'rtl' ? 'rtl' : undefined;
}

/**
 * The `dir` for words in the story's language set among the app's own (a date, a title, an axis
 * label): 'rtl' for a right-to-left language, so "30 نوفمبر 2023" keeps its order beside English
 * words or inside the chart, whose element is `dir="ltr"`; nothing for a left-to-right one.
 */
export function useStoryDirection(): 'rtl' | undefined {
  return useLanguage().dir === 'rtl' ? 'rtl' : undefined;
}

/**
 * Words in the story's language inside a sentence of the app's own ("Timeline, 30 نوفمبر 2023"):
 * set apart in the story's direction when it runs right to left, left as they are otherwise.
 */
export function OwnWords({ children }: { children: string }): ReactNode {
  const { lang, ui } = useLanguage();
  const dir = useStoryDirection();
  // In a sentence of the English fallback (marked lang="en"), the story's words say their own language.
  const storyLang = ui.fallback ? lang : undefined;
  return dir || storyLang ? createElement('span', { dir, lang: storyLang }, children) : children;
}

/**
 * Words of the interface inside an element that also holds the story's (a label before a quote):
 * marked English when the interface falls back to it in a story of another language, plain text
 * otherwise.
 */
export function UiWords({ children }: { children: string }): ReactNode {
  const { ui } = useLanguage();
  return ui.fallback ? createElement('span', { lang: ui.lang }, children) : children;
}

/**
 * A message with the story's words in it ("Timeline, 7 October – 30 November 2023"): those
 * parameters set apart as `OwnWords` sets them when the story runs right to left or the interface
 * falls back to English; one run of text otherwise, as it always was.
 */
export function useOwnWordsIn(): <P extends object>(message: (params: P) => string, params: P, own: readonly (keyof P & string)[]) => ReactNode {
  const { dir, ui } = useLanguage();
  if (dir !== 'rtl' && !ui.fallback) return (message, params) => message(params);
  return (message, params, own) =>
    withNodes(message, params, Object.fromEntries(own.map((name) => [name, createElement(OwnWords, null, String(params[name]))])) as Partial<Record<string, ReactNode>>);
}
