import { createElement, lazy, type ComponentType } from 'react';
import { loadLater } from '../../shared/i18n/laterCatalogues';
import type { ReadingPanelProps } from './ReadingPanel';

/**
 * The code of the regions below the chart (the selected event's detail, the figures, the article,
 * the list of every event): a chunk of its own, about a twelfth of the page's script, which a
 * prerendered page does not need for its first view. Those regions are in the prerendered HTML, to
 * read, find in the page and follow as plain links; their code is fetched when the reader comes
 * near them, moves to them with the keyboard, or selects an event (`wakeOnApproach`), and React
 * then brings them to life where they stand. A page drawn in the browser (not prerendered) and a
 * long story fetch it before they start. Their words (`later` catalogues) come with it.
 */

/** Opened with the story's language, whose words the regions say. */
let open: (lang: string | undefined) => void = () => undefined;
const opened = new Promise<string | undefined>((resolve) => {
  open = resolve;
});

let loaded: ComponentType<ReadingPanelProps> | null = null;
let failed = false;
/** What a page drawn in the browser shows in a region whose code could not come. */
let unavailable: ComponentType<ReadingPanelProps> | null = null;

const chunk: Promise<ComponentType<ReadingPanelProps>> = opened
  .then((lang) => Promise.all([import('./ReadingPanel'), loadLater(lang)]))
  .then(
    ([module]) => (loaded = module.ReadingPanel),
    (error: unknown) => {
      failed = true;
      console.error('Sourceline: a part of the page could not be loaded.', error);
      throw error;
    },
  );
chunk.catch(() => undefined);

/**
 * Fetches the chunk and its words in `lang`, the story's language (once: the first call's);
 * settles when they have come or failed. Never rejects: a failure is told by `readingFailed`, and
 * the page keeps what it shows.
 */
export function loadReading(lang: string | undefined): Promise<void> {
  open(lang);
  return chunk.then(
    () => undefined,
    () => undefined,
  );
}

/** True once the chunk has come: the regions then draw at once. */
export const readingLoaded = () => loaded !== null;

/** True when the chunk could not be fetched: the prerendered regions stay as they are, plain HTML and links. */
export const readingFailed = () => failed;

/**
 * Should the chunk fail on a page drawn in the browser, `component` takes the regions' place (a
 * prerendered page keeps its HTML instead: React is never given a region it would have to empty).
 */
export function whenReadingUnavailable(component: ComponentType<ReadingPanelProps>): void {
  unavailable = component;
}

const Lazy = lazy(() =>
  chunk.then(
    (component) => ({ default: component }),
    () => (unavailable ? { default: unavailable } : new Promise<never>(() => undefined)),
  ),
);

/** A region below the chart: drawn at once once the chunk has come, else suspending until it does (inside a `Suspense`). */
export function ReadingPanelSlot(props: ReadingPanelProps) {
  return loaded ? createElement(loaded, props) : createElement(Lazy, props);
}
