/**
 * `npm run build` ends here: it prerenders the main page and one page per event
 * (`events/<id>/index.html`) with react-dom's server renderer, so each reads without JavaScript
 * and previews as itself, then writes social cards, robots.txt, the sitemap, the manifest and icons.
 *
 * SITE_URL (e.g. `https://graphics.example.com/sourceline/`) is where the site will live: it makes
 * the absolute links that previews need (canonical, og:url, og:image). Pages link to each other
 * relatively, so a build also works from any other host or sub-path.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Points the template's relative URLs (`./assets/…`, `./favicon.svg`) at the base from a page `toBase` away. */
function rebase(html: string, toBase: string): string {
  return toBase === './' ? html : html.replace(/(src|href)="\.\//g, `$1="${toBase}`);
}

const isTemplate = (html: string) => html.includes('<title>Sourceline</title>') && html.includes('<div id="root"></div>');

/**
 * The client build's index.html, before any page is prerendered into it. It is kept aside, so the
 * prerender can run again on the same build (with another SITE_URL, say).
 */
function pageTemplate(): string {
  const built = readFileSync(join(dist, 'index.html'), 'utf8');
  const kept = join(root, '.cache/prerender/template.html');
  if (isTemplate(built)) {
    write(kept, built);
    return built;
  }
  const template = existsSync(kept) ? readFileSync(kept, 'utf8') : '';
  if (!isTemplate(template)) throw new Error('dist/index.html is not the client build’s template: run `vite build` first');
  return template;
}

/**
 * The stylesheet inline, in place of its link: the first paint needs it, and a link would hold
 * that paint back for a second request. (The CSS has no relative url()s that moving it would break.)
 */
function inlineStylesheet(html: string): string {
  return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[^"]+\.css)">/, (_link, path: string) => {
    const css = readFileSync(join(dist, path), 'utf8');
    if (/url\(\s*['"]?(?!data:|#)/.test(css)) throw new Error(`${path} refers to files by url(); inlining it would break them`);
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
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
  const template = inlineStylesheet(pageTemplate());
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
