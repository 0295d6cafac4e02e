import { escapeHtml } from '../../src/shared/html/escape.ts';

/**
 * 404.html, for hosts that serve one for any missing path (GitHub Pages, Netlify, a bucket set up
 * so). A link to an event page that does not exist (`…/events/<id>/`) is sent on to the timeline as
 * `?event=<id>`, where the app says the event is not in it and shows the whole story. The target is
 * always a path on the same origin (a story's folder or the root, whichever the path is under), whatever the missing path holds (`//other.example/events/x/`
 * would otherwise be read as another host), and an id that cannot be decoded goes on as written.
 */
export function notFoundPage(title: string | null, siteUrl: string): string {
  const home = escapeHtml(siteUrl);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Page not found · Sourceline</title>
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
      <h1>Page not found</h1>
      <p>There is no page at this address. ${title === null ? 'The timelines are' : `The timeline of “${escapeHtml(title)}” is`} at <a href="${home}">${home}</a>.</p>
    </main>
  </body>
</html>
`;
}
