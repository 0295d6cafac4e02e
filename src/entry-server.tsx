/**
 * The server entry, built by `vite build --ssr` and used only by the prerender at build time:
 * it renders the same App the browser hydrates, for one page URL.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { parseAppUrl } from './app/location/appUrl';
import { PRERENDERED_STATE_ATTRIBUTE, writePrerenderedState } from './app/prerenderedState';
import { pageMeta } from './app/meta/pageMeta';
import { serializeInlineTimeline, INLINE_DATA_ID } from './features/data/inlineTimeline';
import type { Timeline } from './shared/schema/schema';

export { pageMeta, serializeInlineTimeline, INLINE_DATA_ID, PRERENDERED_STATE_ATTRIBUTE };

/** The body of `#root` for `pageUrl`, and the attribute naming the state it shows. */
export function renderPage(pageUrl: string, baseUrl: string, timeline: Timeline): { html: string; state: string } {
  const html = renderToString(
    <StrictMode>
      <App initialUrl={pageUrl} baseUrl={baseUrl} initialTimeline={timeline} />
    </StrictMode>,
  );
  return { html, state: writePrerenderedState(parseAppUrl(new URL(pageUrl), new URL(baseUrl)).state) };
}
