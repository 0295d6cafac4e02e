/**
 * `npm run build` ends here: for every story of the site it prerenders the main page and one page
 * per event (`events/<id>/index.html`) with react-dom's server renderer, so each reads without
 * JavaScript and previews as itself, and draws their social cards; with several stories it writes
 * their index at the root (and the old root addresses of a story that was alone there); then
 * robots.txt, the sitemap, the manifest, icons and the 404 page.
 *
 * SITE_URL (e.g. `https://graphics.example.com/sourceline/`) is where the site will live: it makes
 * the absolute links that previews need (canonical, og:url, og:image). Pages link to each other
 * relatively, so a build also works from any other host or sub-path.
 *
 * Each story's data is read once, from `public/<story>/data/timeline.json`, and both its pages'
 * inline copies and `dist/<story>/data/timeline.json` are written from that one read; every page
 * is then checked against the file beside it, so no page can carry older data than its story's
 * file. Last, `_headers` gets the Content-Security-Policy with the hashes of every inline script
 * and stylesheet the pages hold (the index and the root's old links included).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validateTimeline } from '../../src/shared/schema/validate.ts';
import { kindTable } from '../../src/shared/schema/kinds.ts';
import { vocabularyOf } from '../../src/shared/schema/storyVocabulary.ts';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import { isSiteIndex, type SiteIndex, type StoryIndexEntry } from '../../src/shared/schema/stories.ts';
import { eventCardContent, indexCardContent, renderCard, storyCardContent } from './socialCard.ts';
import { iconPng, robotsTxt, sitemapXml, webManifest } from './siteFiles.ts';
import { siteUrlFrom } from './siteUrl.ts';
import { notFoundPage } from './notFoundPage.ts';
import { buildManifest, inlineStylesheet, pageTemplate, withCataloguePreload, withoutAppScript } from './template.ts';
import { loadServerEntry, pageHtml, type ServerEntry, type SitePage } from './pageHtml.ts';
import { budgetWarning, overBudget, pruneRemovedEvents, pruneRemovedStories, type PageOverBudget } from './siteOutput.ts';
import { htmlFiles, staleInlinePages } from './inlineData.ts';
import { contentSecurityPolicy, headersFile, inlineHashes, mergeHashes } from './securityHeaders.ts';
import { headTags } from './headTags.ts';
import { indexJsonLd, indexMeta, indexRedirectTag, movedEventPage, ROOT_LINKS_SCRIPT, rootLinksScript } from './sitePages.ts';
import { pageInterfaceFor } from '../../src/shared/i18n/pageCatalogues.ts';
import { catalogueLanguage } from '../../src/shared/i18n/catalogues.ts';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const dist = join(root, 'dist');
const ssrEntry = join(root, '.cache/ssr/entry-server.js');
/** Where `npm run data` writes the stories' data: the one source of their pages and of the files beside them. */
const publicDir = join(root, 'public');

/** The index card's file, at the site's root (`cards/` there may hold a story's old cards). */
const INDEX_CARD = 'index-card.png';

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** A story's timeline (`path` under `public/`), validated, and the file's text, which `dist/<path>` becomes byte for byte. */
function loadTimeline(path: string): { timeline: Timeline; text: string } {
  const text = readFileSync(join(publicDir, path), 'utf8');
  const result = validateTimeline(JSON.parse(text));
  if (!result.ok) {
    throw new Error(`public/${path} is invalid:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
  return { timeline: result.timeline, text };
}

/** The site's stories (`data/stories.json`, which `npm run data` writes). */
function loadSiteIndex(): SiteIndex {
  const path = join(dist, 'data/stories.json');
  if (!existsSync(path)) throw new Error('dist/data/stories.json is missing: run npm run data, then build');
  const index: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isSiteIndex(index) || index.stories.length === 0) throw new Error('dist/data/stories.json is not a list of stories: run npm run data');
  return index;
}

/** A story's pages, cards and their weights. */
async function prerenderStory(server: ServerEntry, template: string, siteUrl: string, entry: StoryIndexEntry, heavy: PageOverBudget[]): Promise<{ timeline: Timeline; pages: string[] }> {
  const { timeline, text } = loadTimeline(`${entry.path}data/timeline.json`);
  write(join(dist, entry.path, 'data/timeline.json'), text);
  const { story, events } = timeline;
  const kinds = kindTable(vocabularyOf(timeline));
  const up = '../'.repeat(entry.path.split('/').filter(Boolean).length);
  const pages: SitePage[] = [
    { path: '', toBase: up || './', event: null },
    ...events.map((event) => ({ path: `events/${event.id}/`, toBase: `../../${up}`, event })),
  ];
  const folder = join(dist, entry.path);
  const removed = pruneRemovedEvents(folder, new Set(events.map((event) => event.id)));
  if (removed.length > 0) console.log(`prerender: removed ${removed.length} page(s) and card(s) of events no longer in the timeline: ${removed.map((r) => entry.path + r).join(', ')}`);
  for (const page of pages) {
    const filled = pageHtml(server, template, timeline, siteUrl, page, entry.path);
    const path = join(entry.path, page.path, 'index.html');
    write(join(dist, path), filled);
    const over = overBudget(path, filled);
    if (over) heavy.push(over);
  }
  write(join(folder, 'cards/story.png'), await renderCard(storyCardContent(story, events.length)));
  for (const event of events) write(join(folder, `cards/${event.id}.png`), await renderCard(eventCardContent(event, story, kinds)));
  return { timeline, pages: pages.map((page) => entry.path + page.path) };
}

/** The index of several stories at the site's root, static (no app script), and its card. */
async function prerenderIndex(server: ServerEntry, template: string, siteUrl: string, index: SiteIndex): Promise<void> {
  const { title, description } = indexMeta(index.stories);
  const image = new URL(INDEX_CARD, siteUrl).href;
  const kept = index.stories.find((story) => story.slug === index.rootLinks);
  const head = headTags({
    title,
    description,
    canonical: siteUrl,
    image,
    imageAlt: pageInterfaceFor(undefined).pages.indexImageAlt({ count: index.stories.length }),
    ogType: 'website',
    siteName: pageInterfaceFor(undefined).messages.brand,
    jsonLd: indexJsonLd(index.stories, siteUrl, description, image),
    toBase: './',
  });
  const html = withoutAppScript(template)
    .replace(/<title>Sourceline<\/title>\s*<link rel="icon"[^>]*>/, () => `${head}${kept ? `\n    ${indexRedirectTag(kept.path)}` : ''}`)
    .replace('<div id="root"></div>', () => `<div id="root">${server.renderIndex(index.stories)}</div>`);
  write(join(dist, 'index.html'), html);
  write(join(dist, INDEX_CARD), await renderCard(indexCardContent(index.stories.map((story) => story.title))));
}

/**
 * The old root addresses of the story that was alone at the site's root: each event page sends
 * its reader on to the same event in the story's folder; the story's cards and data stay where
 * previews and tools found them. Pages and cards of events it no longer has are removed.
 */
function keepRootLinks(siteUrl: string, entry: StoryIndexEntry, timeline: Timeline): void {
  write(join(dist, ROOT_LINKS_SCRIPT), rootLinksScript());
  pruneRemovedEvents(dist, new Set(timeline.events.map((event) => event.id)));
  for (const event of timeline.events) {
    const to = `../../${entry.path}events/${event.id}/`;
    write(join(dist, `events/${event.id}/index.html`), movedEventPage({ title: event.title, to, canonical: new URL(`${entry.path}events/${event.id}/`, siteUrl).href, toBase: '../../' }));
  }
  cpSync(join(dist, entry.path, 'cards'), join(dist, 'cards'), { recursive: true });
  cpSync(join(dist, entry.path, 'data/timeline.json'), join(dist, 'data/timeline.json'));
}

async function main(): Promise<void> {
  const site = siteUrlFrom(process.env.SITE_URL);
  if (site.warning) console.warn(`prerender: ${site.warning}`);
  const siteUrl = site.url;
  const server = await loadServerEntry(ssrEntry);
  const template = inlineStylesheet(pageTemplate(dist, join(root, '.cache/prerender/template.html')), dist);
  const manifest = buildManifest(dist, join(root, '.cache/prerender/manifest.json'));
  const index = loadSiteIndex();
  const several = index.stories.length > 1;
  if (several) {
    const removed = pruneRemovedStories(dist, new Set(index.stories.map((story) => story.path.replace(/\/$/, ''))));
    if (removed.length > 0) console.log(`prerender: removed the folders of stories no longer on the site: ${removed.join(', ')}`);
  }
  const heavy: PageOverBudget[] = [];
  const paths: string[] = several ? [''] : [];
  const titles: string[] = [];
  const langs: (string | undefined)[] = [];
  let cards = 0;
  for (const entry of index.stories) {
    // Each story's pages preload the interface's words in its language.
    const lang = catalogueLanguage(entry.lang);
    const { timeline, pages } = await prerenderStory(server, withCataloguePreload(template, manifest, lang), siteUrl, entry, heavy);
    paths.push(...pages);
    titles.push(timeline.story.title);
    langs.push(timeline.story.lang);
    cards += timeline.events.length + 1;
    if (several && entry.slug === index.rootLinks) keepRootLinks(siteUrl, entry, timeline);
  }
  if (several) {
    await prerenderIndex(server, template, siteUrl, index);
    if (!index.rootLinks) {
      // No story keeps the root's old links: none of its pages or cards are left there.
      for (const folder of ['events', 'cards']) rmSync(join(dist, folder), { recursive: true, force: true });
      rmSync(join(dist, ROOT_LINKS_SCRIPT), { force: true });
    }
  }
  const warning = budgetWarning(heavy);
  if (warning) console.warn(`prerender: warning: ${warning}`);

  const icon = readFileSync(join(dist, 'favicon.svg'), 'utf8');
  write(join(dist, 'icons/icon-192.png'), iconPng(icon, 192));
  write(join(dist, 'icons/icon-512.png'), iconPng(icon, 512));
  write(join(dist, 'icons/apple-touch-icon.png'), iconPng(icon, 180));
  write(join(dist, 'manifest.webmanifest'), webManifest(titles));
  write(join(dist, 'robots.txt'), robotsTxt(siteUrl));
  write(join(dist, 'sitemap.xml'), sitemapXml(paths.map((path) => new URL(path, siteUrl).href)));
  write(join(dist, '404.html'), notFoundPage(several ? null : (titles[0] ?? null), siteUrl, several ? undefined : langs[0]));

  const stale = index.stories.flatMap((entry) =>
    staleInlinePages(join(dist, entry.path), join(dist, entry.path, 'data/timeline.json'), server.INLINE_DATA_ID).map((line) => entry.path + line),
  );
  if (stale.length > 0) throw new Error(`pages whose inline data is not their story's data file:\n${stale.map((line) => `  ${line}`).join('\n')}`);
  const policy = contentSecurityPolicy(mergeHashes(htmlFiles(dist).map((path) => inlineHashes(readFileSync(join(dist, path), 'utf8')))));
  write(join(dist, '_headers'), headersFile(policy));
  console.log(`prerender: _headers: Content-Security-Policy: ${policy}`);
  console.log(`prerender: ${index.stories.length} stor${several ? 'ies' : 'y'}, ${paths.length} pages, ${cards + (several ? 1 : 0)} cards, for ${siteUrl}`);
}

await main();

