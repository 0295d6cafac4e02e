/**
 * One prerendered page: the app rendered by react-dom's server renderer for the page's URL, with
 * its own head (title, description, cards, JSON-LD) and the timeline inline, in the built
 * template. The build writes every page with it; the benchmark writes a synthetic story's main
 * page with it, so what it measures is what a build would ship.
 */
import { pathToFileURL } from 'node:url';
import type { Timeline, TimelineEvent } from '../../src/shared/schema/schema.ts';
import { headTags } from './headTags.ts';
import { eventJsonLd, storyJsonLd } from './jsonLd.ts';
import { keyQuote } from './keyQuote.ts';
import { escapeHtml } from '../../src/shared/html/escape.ts';
import { withLanguage } from './htmlLanguage.ts';
import { rebase } from './template.ts';
import { pageInterfaceFor } from '../../src/shared/i18n/pageCatalogues.ts';

/** The server entry, built by `vite build --ssr src/entry-server.tsx`. */
export type ServerEntry = typeof import('../../src/entry-server.tsx');

/** The built server entry at `file`, ready to render pages (the regions below the chart have their code). */
export async function loadServerEntry(file: string): Promise<ServerEntry> {
  const server = (await import(pathToFileURL(file).href)) as ServerEntry;
  await server.prepareRender();
  return server;
}

/** A page of a story: where it is in the story's folder, the way back to the site's root from it, and its event (none for the main page). */
export interface SitePage {
  path: string;
  toBase: string;
  event: TimelineEvent | null;
}

/**
 * The whole HTML of `page`. `template` is the built index.html with its stylesheet inline;
 * `storyPath` is the story's folder from the site's root (`''` for a site of one story).
 */
export function pageHtml(server: ServerEntry, template: string, timeline: Timeline, siteUrl: string, page: SitePage, storyPath = ''): string {
  const { story, events } = timeline;
  const { messages: t, pages } = pageInterfaceFor(story.lang);
  const inlineData = `<script id="${server.INLINE_DATA_ID}" type="application/json">${server.serializeInlineTimeline(timeline)}</script>`;
  const storyUrl = new URL(storyPath, siteUrl).href;
  const eventUrl = (id: string) => new URL(`events/${id}/`, storyUrl).href;
  const pageUrl = new URL(page.path, storyUrl).href;
  const meta = page.event ? server.pageMeta(story, page.event, keyQuote(page.event)) : server.pageMeta(story, null);
  const image = new URL(`cards/${page.event ? page.event.id : 'story'}.png`, storyUrl).href;
  const urls = { page: pageUrl, site: storyUrl, image, eventUrl };
  const head = headTags({
    title: meta.title,
    description: meta.description,
    canonical: pageUrl,
    image,
    imageAlt: page.event ? `${page.event.title}: ${meta.description}` : pages.storyImageAlt({ title: story.title, count: events.length }),
    ogType: page.event ? 'article' : 'website',
    siteName: t.brand,
    jsonLd: page.event ? eventJsonLd(story, page.event, urls, meta.description) : storyJsonLd(story, events, urls, meta.description),
    toBase: page.toBase,
  });
  const { html, state } = server.renderPage(pageUrl, storyUrl, siteUrl, timeline);
  return withLanguage(rebase(template, page.toBase), story.lang)
    .replace(/<title>Sourceline<\/title>\s*<link rel="icon"[^>]*>/, () => head)
    .replace('<div id="root"></div>', () => `<div id="root" ${server.STORY_PATH_ATTRIBUTE}="${escapeHtml(storyPath)}" ${server.PRERENDERED_STATE_ATTRIBUTE}="${escapeHtml(state)}">${html}</div>\n    ${inlineData}`);
}
