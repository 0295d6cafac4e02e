/**
 * `npm run build` ends here: it prerenders the main page and one page per event
 * (`events/<id>/index.html`) with react-dom's server renderer, so each reads without JavaScript
 * and previews as itself, then writes social cards, robots.txt, the sitemap, the manifest and icons.
 *
 * SITE_URL (e.g. `https://graphics.example.com/sourceline/`) is where the site will live: it makes
 * the absolute links that previews need (canonical, og:url, og:image). Pages link to each other
 * relatively, so a build also works from any other host or sub-path.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateTimeline } from '../../src/features/data/validate.ts';
import type { Timeline, TimelineEvent } from '../../src/features/data/schema.ts';
import { headTags } from './headTags.ts';
import { eventJsonLd, storyJsonLd } from './jsonLd.ts';
import { eventCardContent, renderCard, storyCardContent } from './socialCard.ts';
import { iconPng, robotsTxt, sitemapXml, webManifest } from './siteFiles.ts';
import { siteUrlFrom } from './siteUrl.ts';
import { notFoundPage } from './notFoundPage.ts';
import { keyQuote } from './keyQuote.ts';
import { inlineStylesheet, pageTemplate, rebase } from './template.ts';

type ServerEntry = typeof import('../../src/entry-server.tsx');

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const dist = join(root, 'dist');
const ssrEntry = join(root, '.cache/ssr/entry-server.js');

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function loadTimeline(): Timeline {
  const result = validateTimeline(JSON.parse(readFileSync(join(dist, 'data/timeline.json'), 'utf8')));
  if (!result.ok) {
    throw new Error(`dist/data/timeline.json is invalid:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
  return result.timeline;
}

interface Page {
  path: string;
  toBase: string;
  event: TimelineEvent | null;
}

async function main(): Promise<void> {
  const site = siteUrlFrom(process.env.SITE_URL);
  if (site.warning) console.warn(`prerender: ${site.warning}`);
  const siteUrl = site.url;
  const server = (await import(pathToFileURL(ssrEntry).href)) as ServerEntry;
  const template = inlineStylesheet(pageTemplate(dist, join(root, '.cache/prerender/template.html')), dist);
  const timeline = loadTimeline();
  const { story, events } = timeline;
  const inlineData = `<script id="${server.INLINE_DATA_ID}" type="application/json">${server.serializeInlineTimeline(timeline)}</script>`;
  const eventUrl = (id: string) => new URL(`events/${id}/`, siteUrl).href;

  const pages: Page[] = [{ path: '', toBase: './', event: null }, ...events.map((event) => ({ path: `events/${event.id}/`, toBase: '../../', event }))];
  for (const page of pages) {
    const pageUrl = new URL(page.path, siteUrl).href;
    const meta = page.event ? server.pageMeta(story, page.event, keyQuote(page.event)) : server.pageMeta(story, null);
    const image = new URL(`cards/${page.event ? page.event.id : 'story'}.png`, siteUrl).href;
    const urls = { page: pageUrl, site: siteUrl, image, eventUrl };
    const head = headTags({
      title: meta.title,
      description: meta.description,
      canonical: pageUrl,
      image,
      imageAlt: page.event ? `${page.event.title}: ${meta.description}` : `${story.title}: a timeline of ${events.length} events`,
      ogType: page.event ? 'article' : 'website',
      siteName: 'Sourceline',
      jsonLd: page.event ? eventJsonLd(story, page.event, urls, meta.description) : storyJsonLd(story, events, urls, meta.description),
      toBase: page.toBase,
    });
    const { html, state } = server.renderPage(pageUrl, siteUrl, timeline);
    const filled = rebase(template, page.toBase)
      .replace(/<title>Sourceline<\/title>\s*<link rel="icon"[^>]*>/, () => head)
      .replace('<div id="root"></div>', () => `<div id="root" ${server.PRERENDERED_STATE_ATTRIBUTE}="${state.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${html}</div>\n    ${inlineData}`);
    write(join(dist, page.path, 'index.html'), filled);
  }

  write(join(dist, 'cards/story.png'), await renderCard(storyCardContent(story, events.length)));
  for (const event of events) write(join(dist, `cards/${event.id}.png`), await renderCard(eventCardContent(event)));

  const icon = readFileSync(join(dist, 'favicon.svg'), 'utf8');
  write(join(dist, 'icons/icon-192.png'), iconPng(icon, 192));
  write(join(dist, 'icons/icon-512.png'), iconPng(icon, 512));
  write(join(dist, 'icons/apple-touch-icon.png'), iconPng(icon, 180));
  write(join(dist, 'manifest.webmanifest'), webManifest(story));
  write(join(dist, 'robots.txt'), robotsTxt(siteUrl));
  write(join(dist, 'sitemap.xml'), sitemapXml(pages.map((p) => new URL(p.path, siteUrl).href)));
  write(join(dist, '404.html'), notFoundPage(story, siteUrl));
  console.log(`prerender: ${pages.length} pages, ${events.length + 1} cards, for ${siteUrl}`);
}

await main();
