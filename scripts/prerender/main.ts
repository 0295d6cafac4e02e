/**
 * `npm run build` ends here: it prerenders the main page and one page per event
 * (`events/<id>/index.html`) with react-dom's server renderer, so each reads without JavaScript
 * and previews as itself, then writes social cards, robots.txt, the sitemap, the manifest and icons.
 *
 * SITE_URL (e.g. `https://graphics.example.com/sourceline/`) is where the site will live: it makes
 * the absolute links that previews need (canonical, og:url, og:image). Pages link to each other
 * relatively, so a build also works from any other host or sub-path.
 *
 * The data is read once, from `public/data/timeline.json`, and both the pages' inline copies and
 * `dist/data/timeline.json` are written from that one read; every page is then checked against
 * the file, so no page can carry older data than the file beside it. Last, `_headers` gets the
 * Content-Security-Policy with the hashes of every inline script and stylesheet the pages hold.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateTimeline } from '../../src/shared/schema/validate.ts';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import { eventCardContent, renderCard, storyCardContent } from './socialCard.ts';
import { iconPng, robotsTxt, sitemapXml, webManifest } from './siteFiles.ts';
import { siteUrlFrom } from './siteUrl.ts';
import { notFoundPage } from './notFoundPage.ts';
import { inlineStylesheet, pageTemplate } from './template.ts';
import { pageHtml, type ServerEntry, type SitePage } from './pageHtml.ts';
import { budgetWarning, overBudget, pruneRemovedEvents, type PageOverBudget } from './siteOutput.ts';
import { htmlFiles, staleInlinePages } from './inlineData.ts';
import { contentSecurityPolicy, headersFile, inlineHashes, mergeHashes } from './securityHeaders.ts';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const dist = join(root, 'dist');
const ssrEntry = join(root, '.cache/ssr/entry-server.js');
/** The derived data, as `npm run data` writes it: the one source of the pages and of the file beside them. */
const dataFile = join(root, 'public/data/timeline.json');

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** The timeline, validated, and the file's text, which `dist/data/timeline.json` becomes byte for byte. */
function loadTimeline(): { timeline: Timeline; text: string } {
  const text = readFileSync(dataFile, 'utf8');
  const result = validateTimeline(JSON.parse(text));
  if (!result.ok) {
    throw new Error(`public/data/timeline.json is invalid:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
  return { timeline: result.timeline, text };
}

async function main(): Promise<void> {
  const site = siteUrlFrom(process.env.SITE_URL);
  if (site.warning) console.warn(`prerender: ${site.warning}`);
  const siteUrl = site.url;
  const server = (await import(pathToFileURL(ssrEntry).href)) as ServerEntry;
  const template = inlineStylesheet(pageTemplate(dist, join(root, '.cache/prerender/template.html')), dist);
  const { timeline, text } = loadTimeline();
  write(join(dist, 'data/timeline.json'), text);
  const { story, events } = timeline;
  const pages: SitePage[] = [{ path: '', toBase: './', event: null }, ...events.map((event) => ({ path: `events/${event.id}/`, toBase: '../../', event }))];
  const removed = pruneRemovedEvents(dist, new Set(events.map((event) => event.id)));
  if (removed.length > 0) console.log(`prerender: removed ${removed.length} page(s) and card(s) of events no longer in the timeline: ${removed.join(', ')}`);
  const heavy: PageOverBudget[] = [];
  for (const page of pages) {
    const filled = pageHtml(server, template, timeline, siteUrl, page);
    const path = join(page.path, 'index.html');
    write(join(dist, path), filled);
    const over = overBudget(path, filled);
    if (over) heavy.push(over);
  }
  const warning = budgetWarning(heavy);
  if (warning) console.warn(`prerender: warning: ${warning}`);

  write(join(dist, 'cards/story.png'), await renderCard(storyCardContent(story, events.length)));
  for (const event of events) write(join(dist, `cards/${event.id}.png`), await renderCard(eventCardContent(event, story)));

  const icon = readFileSync(join(dist, 'favicon.svg'), 'utf8');
  write(join(dist, 'icons/icon-192.png'), iconPng(icon, 192));
  write(join(dist, 'icons/icon-512.png'), iconPng(icon, 512));
  write(join(dist, 'icons/apple-touch-icon.png'), iconPng(icon, 180));
  write(join(dist, 'manifest.webmanifest'), webManifest(story));
  write(join(dist, 'robots.txt'), robotsTxt(siteUrl));
  write(join(dist, 'sitemap.xml'), sitemapXml(pages.map((p) => new URL(p.path, siteUrl).href)));
  write(join(dist, '404.html'), notFoundPage(story, siteUrl));

  const stale = staleInlinePages(dist, join(dist, 'data/timeline.json'), server.INLINE_DATA_ID);
  if (stale.length > 0) throw new Error(`pages whose inline data is not the data file:\n${stale.map((line) => `  ${line}`).join('\n')}`);
  const policy = contentSecurityPolicy(mergeHashes(htmlFiles(dist).map((path) => inlineHashes(readFileSync(join(dist, path), 'utf8')))));
  write(join(dist, '_headers'), headersFile(policy));
  console.log(`prerender: _headers: Content-Security-Policy: ${policy}`);
  console.log(`prerender: ${pages.length} pages, ${events.length + 1} cards, for ${siteUrl}`);
}

await main();
