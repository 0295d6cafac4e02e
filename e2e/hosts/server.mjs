#!/usr/bin/env node
/**
 * The news site of the embed tests:
 * `node e2e/hosts/server.mjs --port 4183 --app http://127.0.0.1:4173/news/sourceline/gaza-truce/ --site http://127.0.0.1:4173/news/sourceline/`
 * serves the pages in this folder, with `%APP%` in them replaced by the story's address and
 * `%SITE%` by the site's (where `embed.js` is), on another origin, and pym.js from its npm package
 * at `/vendor/pym.v1.min.js`, as a newsroom hosts it.
 * `%ELSEWHERE%` becomes the address of a third site (this server as `localhost`).
 * `%EMBEDS:N%` in a page becomes N embed snippets, each with its own script tag (`many.html`).
 * `strict.html` is sent with the strict Content-Security-Policy a cautious newsroom sends: no
 * inline code at all, scripts from our `embed.js` alone, frames from our origin alone.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const port = Number(option('port', '4183'));
const app = option('app', 'http://127.0.0.1:4173/news/sourceline/gaza-truce/');
const site = option('site', new URL('../', app).href);
const here = fileURLToPath(new URL('.', import.meta.url));
const pym = fileURLToPath(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));
/** What a news page must allow to embed the app with embed.js, and nothing more (the README says the same). */
const strictPolicy = `default-src 'none'; script-src ${site}embed.js; frame-src ${new URL(app).origin}; img-src data:; base-uri 'none'; form-action 'none'`;
/** N snippets as an editor pastes them, script tag and all; the first titled with markup. */
const snippets = (count) =>
  Array.from({ length: count }, (_, i) => {
    const title = i === 0 ? ' data-sourceline-title="&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;Update 1"' : '';
    return `<div class="embed" id="update-${i + 1}"><p>Update ${i + 1}.</p><div data-sourceline="%APP%?embed=1"${title}></div><script async src="%SITE%embed.js"></script></div>`;
  }).join('\n      ');
const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const headers = { 'Cache-Control': 'no-cache' };
  if (pathname === '/vendor/pym.v1.min.js') {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
    response.end(readFileSync(pym));
    return;
  }
  const name = pathname === '/' ? 'index.html' : pathname.slice(1);
  const file = join(here, name);
  if (!/^[a-z0-9-]+\.html$/.test(name) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  const policy = name === 'strict.html' ? { 'Content-Security-Policy': strictPolicy } : {};
  response.writeHead(200, { ...headers, ...policy, 'Content-Type': 'text/html; charset=utf-8' });
  const page = readFileSync(file, 'utf8').replace(/%EMBEDS:(\d+)%/g, (_, count) => snippets(Number(count)));
  // %ELSEWHERE%: a third site, neither the news page's nor the app's (this server by another name).
  response.end(page.replaceAll('%APP%', attr(app)).replaceAll('%SITE%', attr(site)).replaceAll('%ELSEWHERE%', `http://localhost:${port}/`));
});

server.listen(port, '127.0.0.1', () => console.log(`Host pages at http://127.0.0.1:${port}/, embedding ${app}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
