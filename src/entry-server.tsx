/**
 * The server entry, built by `vite build --ssr` and used only by the prerender at build time:
 * it renders the same App the browser hydrates, for one page URL, and the site's index of stories.
 */
import { StrictMode } from 'react';
// Every language's interface: the prerender renders stories in any of them.
import './shared/i18n/all';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from './app/App';
import { parseAppUrl } from './app/location/appUrl';
import { PRERENDERED_STATE_ATTRIBUTE, STORY_PATH_ATTRIBUTE, writePrerenderedState } from './app/prerenderedState';
import { pageMeta } from './app/meta/pageMeta';
import { serializeInlineTimeline as serializeData, INLINE_DATA_ID } from './features/data/inlineTimeline';
import { StoryIndex } from './features/stories/StoryIndex';
import { loadReading, readingLoaded } from './app/reading/readingChunk';
import type { Timeline } from './shared/schema/schema';
import { resolveTimeline } from './shared/schema/storyVocabulary';
import type { StoryIndexEntry } from './shared/schema/stories';

export { messagesFor } from './shared/i18n/catalogues';

/**
 * The timeline as a page carries it inline, its vocabulary settled: the page reads only a timeline
 * with one (a derived file always has one; a synthetic story for the benchmark may not).
 */
export const serializeInlineTimeline = (timeline: Timeline): string => serializeData(resolveTimeline(timeline));

/** Fetches the code of the regions below the chart, which the pages render whole: await it before `renderPage`. */
export const prepareRender = () => loadReading(undefined);
export { pageMeta, INLINE_DATA_ID, PRERENDERED_STATE_ATTRIBUTE, STORY_PATH_ATTRIBUTE };

/**
 * The body of `#root` for `pageUrl`, and the attribute naming the state it shows. `baseUrl` is the
 * story's folder, `siteUrl` the site's root (the same for a site of one story).
 */
export function renderPage(pageUrl: string, baseUrl: string, siteUrl: string, timeline: Timeline): { html: string; state: string } {
  // Without their code, the regions below the chart would be prerendered empty.
  if (!readingLoaded()) throw new Error('renderPage: call prepareRender first');
  const html = renderToString(
    <StrictMode>
      <App initialUrl={pageUrl} baseUrl={baseUrl} siteUrl={siteUrl} initialTimeline={resolveTimeline(timeline)} />
    </StrictMode>,
  );
  return { html, state: writePrerenderedState(parseAppUrl(new URL(pageUrl), new URL(baseUrl)).state) };
}

/** The site's index of its stories, as static HTML: it needs no script. */
export function renderIndex(stories: readonly StoryIndexEntry[]): string {
  return renderToStaticMarkup(<StoryIndex stories={stories} />);
}
