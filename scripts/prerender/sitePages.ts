/**
 * The pages a site of several stories has besides the stories' own: the index at the root, and
 * the old addresses of a story that was published alone at the root before others joined it.
 * Static hosts cannot rewrite, so those addresses are real pages that send the reader on to the
 * same state in the story's folder (query and hash kept), with a plain link for anyone whose
 * browser does not follow them.
 */
import type { StoryIndexEntry } from '../../src/shared/schema/stories.ts';
import { escapeHtml } from '../../src/shared/html/escape.ts';
import { pageInterfaceFor } from '../../src/shared/i18n/pageCatalogues.ts';

/** The site's pages speak the site's language: English. */
const site = () => pageInterfaceFor(undefined).messages;
const sitePages = () => pageInterfaceFor(undefined).pages;

/** The script that sends old root addresses on, kept in a file of its own so pages carry no inline script for it. */
export const ROOT_LINKS_SCRIPT = 'root-links.js';

/**
 * `root-links.js`. On an old event page (`data-to`) it goes to the event's page in the story's
 * folder; on the index (`data-story`) it goes to the story only when the address asks for a state
 * of it (`?event=`, `?view=`, `?embed=`), as links and embeds made when it was at the root do.
 */
export function rootLinksScript(): string {
  return `// Old addresses of the story that was alone at this site's root: the same state, in its own folder.
(function (script) {
  if (!script) return;
  var to = script.getAttribute('data-to');
  var story = script.getAttribute('data-story');
  var params = new URLSearchParams(location.search);
  if (!to && story && (params.has('event') || params.has('view') || params.has('embed'))) to = story;
  if (!to) return;
  var target = new URL(to, location.href);
  target.search = location.search;
  target.hash = location.hash;
  location.replace(target.href);
})(document.currentScript);
`;
}

/** An old event page: where the event is now, as a link, a refresh and the script. */
export function movedEventPage(input: { title: string; to: string; canonical: string; toBase: string }): string {
  const to = escapeHtml(input.to);
  const t = site();
  const pages = sitePages();
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(t.pageTitle({ title: input.title }))}</title>
    <link rel="canonical" href="${escapeHtml(input.canonical)}" />
    <script src="${escapeHtml(input.toBase)}${ROOT_LINKS_SCRIPT}" data-to="${to}"></script>
    <meta http-equiv="refresh" content="0; url=${to}" />
  </head>
  <body>
    <main>
      <h1>${escapeHtml(pages.movedTitle)}</h1>
      <p>${escapeHtml(pages.movedTo({ title: input.title }))}<a href="${to}">${escapeHtml(input.canonical)}</a>.</p>
    </main>
  </body>
</html>
`;
}

/** The script tag the index carries when a story keeps its root links. */
export function indexRedirectTag(storyPath: string): string {
  return `<script src="${ROOT_LINKS_SCRIPT}" data-story="${escapeHtml(storyPath)}"></script>`;
}

/** The index's title, description and the words of its card. */
export function indexMeta(stories: readonly StoryIndexEntry[]): { title: string; description: string } {
  const t = site();
  const titles = stories.map((story) => t.quoted({ text: story.title })).join(t.comma);
  return { title: sitePages().indexTitle, description: sitePages().indexDescription({ count: stories.length, titles }) };
}

/** schema.org data for the index: a collection of the stories' timelines. */
export function indexJsonLd(stories: readonly StoryIndexEntry[], siteUrl: string, description: string, image: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    url: siteUrl,
    name: pageInterfaceFor(undefined).later.indexHeading,
    description,
    image,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: stories.length,
      itemListElement: stories.map((story, index) => ({ '@type': 'ListItem', position: index + 1, url: new URL(story.path, siteUrl).href, name: story.title })),
    },
  };
}
