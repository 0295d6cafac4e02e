#!/usr/bin/env node
/**
 * A plain static file server, like a bucket or a CDN: no rewrites, no fallbacks to index.html.
 * `node scripts/serve-static.mjs [--dir dist] [--port 4173] [--base /news/sourceline/] [--no-404-page] [--isolated] [--headers]`
 * serves DIR under the sub-path BASE, so tests prove the build works from any sub-path. A missing
 * file gets DIR/404.html with status 404 when there is one, as GitHub Pages and Netlify do;
 * `--no-404-page` answers a bare 404 instead, as a bucket does by default. Text is sent gzipped to
 * browsers that accept it, as hosts and CDNs do. `--isolated` makes every page cross-origin isolated
 * (COOP and COEP headers), which gives it timers precise to 5 µs instead of 100 µs: the benchmark's
 * frame times are then not rounded by the clock.
 *
 * Like a static host, it answers GET and HEAD only (405, with `Allow`, for any other method), and
 * no request can stop it: a path that cannot be decoded (`/%`) names no file (404), a request it
 * cannot read is a 400, and an error while answering one is a 500 for that request alone.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1] ?? fallback;
};
const dir = resolve(option('dir', 'dist'));
const port = Number(option('port', '4173'));
const base = `/${option('base', '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const notFoundPage = args.includes('--no-404-page') ? null : join(dir, '404.html');
const isolation = args.includes('--isolated') ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } : {};
const headerRules = args.includes('--headers') ? readHeaderRules(join(dir, '_headers')) : null;

/**
 * The rules of a `_headers` file (Netlify's and Cloudflare Pages' format): a line starting with
 * `/` is a path pattern, relative to the site's root, where `*` matches the rest of a path; the
 * indented `Name: value` lines below it are its headers; `#` starts a comment.
 */
function readHeaderRules(file) {
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${text.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, headers: {} });
      continue;
    }
    const at = text.indexOf(':');
    const rule = rules.at(-1);
    if (at === -1 || !rule) throw new Error(`${file}: not a header under a path: ${text}`);
    rule.headers[text.slice(0, at).trim()] = text.slice(at + 1).trim();
  }
  return rules;
}

/** The headers `_headers` gives the request's path (all the rules it matches, in order), or none without `--headers`. */
function siteHeaders(pathname) {
  if (!headerRules || !pathname.startsWith(base)) return {};
  const path = `/${pathname.slice(base.length)}`;
  return Object.assign({}, ...headerRules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers));
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};

/** `decodeURIComponent`, or null for malformed percent-encoding, which names no file. */
function decodePath(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The path of a redirect to `pathname`: never protocol-relative, so `//other.example/dir` cannot
 * send a browser to another host, whatever the path holds.
 */
function sameOriginPath(pathname) {
  return `/${pathname.replace(/^[/\\]+/, '')}`;
}

function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const relative = decodePath(pathname.slice(base.length));
  if (relative === null || relative.includes('\0')) return null;
  // As the hosts that read it: the file is the site's configuration, not one of its pages.
  if (headerRules && relative.replace(/^\/+/, '') === '_headers') return null;
  const target = normalize(join(dir, relative));
  if (target !== dir && !target.startsWith(dir + sep)) return null;
  try {
    const stat = statSync(target);
    if (stat.isDirectory()) {
      // A directory is served by its index.html, as static hosts do; a missing one is a 404.
      if (!pathname.endsWith('/')) return { redirect: `${sameOriginPath(pathname)}/` };
      const index = join(target, 'index.html');
      return statSync(index).isFile() ? { file: index } : null;
    }
    return stat.isFile() ? { file: target } : null;
  } catch {
    return null;
  }
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg)/;
const compressed = new Map();

/** The file gzipped (level 6, as hosts do), kept while the file is unchanged. */
function gzipped(file) {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}:${mtimeMs}:${size}`;
  let body = compressed.get(key);
  if (!body) {
    body = gzipSync(readFileSync(file), { level: 6 });
    compressed.set(key, body);
  }
  return body;
}

const ALLOWED_METHODS = ['GET', 'HEAD'];

/**
 * The request's path and query, read as a static host reads them: from the request line as it
 * is (`//a/b` is the path `//a/b`, not the host `a`), or null when it is not an origin-form path.
 */
function requestUrl(raw) {
  if (typeof raw !== 'string' || !raw.startsWith('/')) return null;
  try {
    const url = new URL(`http://localhost${raw}`);
    return url.host === 'localhost' ? url : null;
  } catch {
    return null;
  }
}

function plain(response, status, text, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  response.end(text);
}

function answer(request, response) {
  if (!ALLOWED_METHODS.includes(request.method)) {
    plain(response, 405, 'Method not allowed', { Allow: ALLOWED_METHODS.join(', ') });
    return;
  }
  const url = requestUrl(request.url);
  if (!url) {
    plain(response, 400, 'Bad request');
    return;
  }
  const found = fileFor(url.pathname);
  if (found?.redirect) {
    response.writeHead(301, { Location: found.redirect + url.search });
    response.end();
    return;
  }
  if (!found) {
    if (notFoundPage && statSync(notFoundPage, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404, { ...siteHeaders(url.pathname), 'Content-Type': TYPES['.html'] });
      if (request.method === 'HEAD') response.end();
      else stream(notFoundPage, response);
      return;
    }
    plain(response, 404, 'Not found');
    return;
  }
  const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    // As GitHub Pages does: an embed sandboxed without allow-same-origin has an opaque origin, and
    // the browser fetches its module scripts and styles as cross-origin requests.
    'Access-Control-Allow-Origin': '*',
    Vary: 'Accept-Encoding',
    ...isolation,
    ...siteHeaders(url.pathname),
  };
  // Text goes out gzipped to a browser that accepts it, as every CDN and static host sends it.
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    const body = gzipped(found.file);
    response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  response.writeHead(200, headers);
  if (request.method === 'HEAD') response.end();
  else stream(found.file, response);
}

/** Sends a file; a read that fails midway (the file removed, unreadable) ends that response only. */
function stream(file, response) {
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

const server = createServer((request, response) => {
  try {
    answer(request, response);
  } catch (error) {
    console.error(`serve-static: ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
    if (!response.headersSent) plain(response, 500, 'Internal server error');
    else response.destroy();
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
