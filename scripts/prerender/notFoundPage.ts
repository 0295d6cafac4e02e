import { escapeHtml } from '../../src/shared/html/escape.ts';
import { pageInterfaceFor } from '../../src/shared/i18n/pageCatalogues.ts';
import { textDirection } from '../../src/shared/text/language.ts';

/**
 * 404.html, for hosts that serve one for any missing path (GitHub Pages, Netlify, a bucket set up
 * so). A link to an event page that does not exist (`…/events/<id>/`) is sent on to the timeline as
 * `?event=<id>`, where the app says the event is not in it and shows the whole story. The target is
 * always a path on the same origin (a story's folder or the root, whichever the path is under), whatever the missing path holds (`//other.example/events/x/`
 * would otherwise be read as another host), and an id that cannot be decoded goes on as written.
 */
export function notFoundPage(title: string | null, siteUrl: string, storyLang?: string): string {
  const home = escapeHtml(siteUrl);
  // A site of one story speaks its language, in its own catalogue (English when it has none); a
  // site of several speaks the site's. The story's title keeps its language in an English page.
  const ui = pageInterfaceFor(title === null ? undefined : storyLang);
  const t = ui.pages;
  const link = `<a href="${home}">${home}</a>`;
  const titleHtml = title === null ? '' : ui.fallback && storyLang ? `<span lang="${escapeHtml(storyLang)}" dir="${textDirection(storyLang)}">${escapeHtml(title)}</span>` : escapeHtml(title);
  const sentence = title === null ? withHtml(t.notFoundSite, {}, { home: link }) : withHtml(t.notFoundStory, {}, { title: titleHtml, home: link });
  return `<!doctype html>
<html lang="${ui.lang}" dir="${textDirection(ui.lang)}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(t.notFoundTitle)}</title>
    <script>
      (function () {
        var path = location.pathname;
        var at = path.lastIndexOf('/events/');
        if (at === -1) return;
        var id = path.slice(at + 8).split('/')[0];
        // Malformed percent-encoding goes on as it is: the app then says the link names no event.
        try { id = decodeURIComponent(id); } catch (error) {}
        var rest = location.search.replace(/^\\?/, '');
        // A path on this origin only: "//other.example/events/x/" must not become a link to another host.
        var dir = '/' + path.slice(0, at + 1).replace(/^[\\/\\\\]+/, '');
        location.replace(location.protocol + '//' + location.host + dir + '?event=' + encodeURIComponent(id) + (rest ? '&' + rest : '') + location.hash);
      })();
    </script>
    <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(t.notFound)}</h1>
      <p>${sentence}</p>
    </main>
  </body>
</html>
`;
}

const MARK = '\u0000';

/**
 * A message as HTML: its words escaped, with the markup of `html` (escaped already) where those
 * parameters go; the catalogue's words can hold no markup.
 */
function withHtml<P extends object>(message: (params: P) => string, params: Partial<P>, html: Partial<Record<keyof P & string, string>>): string {
  const names = Object.keys(html) as (keyof P & string)[];
  const marked = { ...params, ...Object.fromEntries(names.map((name, index) => [name, `${MARK}${index}${MARK}`])) } as P;
  return message(marked)
    .split(MARK)
    .map((piece, at) => (at % 2 === 1 ? (html[names[Number(piece)]!] ?? '') : escapeHtml(piece)))
    .join('');
}
