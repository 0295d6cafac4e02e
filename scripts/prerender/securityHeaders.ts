/**
 * The site's Content-Security-Policy, made from the pages the build wrote. Every inline script
 * that runs (the colour scheme set before the first paint, the 404 page's way on) and every inline
 * stylesheet (the first paint's CSS) is allowed by the SHA-256 of its text, never by
 * `'unsafe-inline'`; everything else comes from the site itself. The policy goes into `_headers`
 * at the root of `dist/`, the file static hosts such as Netlify and Cloudflare Pages read.
 */
import { createHash } from 'node:crypto';

/** The hashes a page's inline code needs, as CSP source expressions (`'sha256-…'`). */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/** Script types a browser runs; any other (`application/json`, `application/ld+json`) is data, which CSP leaves alone. */
const RUNNABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** The CSP source expression for `text`: the SHA-256 of its UTF-8 bytes, in base64. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attributes);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/**
 * The hashes of `html`'s inline scripts that run and its inline stylesheets. Script and style
 * elements hold raw text, so the text between the tags is exactly what the browser hashes.
 * Throws on what no hash can allow: an event handler attribute (`onclick="…"`) or a
 * `javascript:` link, which a strict policy blocks and which our pages must never hold.
 */
export function inlineHashes(html: string): InlineHashes {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes = '', text = ''] = match;
    const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase();
    if (attribute(attributes, 'src') !== null || !RUNNABLE_TYPES.has(type)) continue;
    scripts.push(cspHash(text));
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(cspHash(match[1] ?? ''));
  const handler = /<[a-z][^>]*?\son[a-z]+\s*=/i.exec(html);
  if (handler) throw new Error(`an inline event handler, which no hash can allow: ${handler[0].slice(0, 80)}`);
  const scriptLink = /\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i.exec(html);
  if (scriptLink) throw new Error(`a javascript: address, which a strict policy blocks: ${scriptLink[0]}`);
  return { scripts, styles };
}

/** Every hash of several pages, each once, in a stable order (so a rebuild of the same site writes the same file). */
export function mergeHashes(pages: readonly InlineHashes[]): InlineHashes {
  const unique = (lists: string[][]) => [...new Set(lists.flat())].sort();
  return { scripts: unique(pages.map((page) => page.scripts)), styles: unique(pages.map((page) => page.styles)) };
}

/**
 * The policy for every page of the site. Scripts: the site's own files and the hashed inline ones,
 * never `'unsafe-inline'` or `'unsafe-eval'`. Styles: the site's files and the hashed inline
 * stylesheet; style *attributes* are allowed (`style-src-attr`), since the prerendered chart places
 * its marks with them and they cannot run code. Frames: the site's own (the embed dialog's live
 * preview). No plugins, no `<base>` to another site, forms only to the site. There is no
 * `frame-ancestors`: news pages on any site embed the timeline.
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes.scripts].join(' '),
    ['style-src', "'self'", ...hashes.styles].join(' '),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * `_headers` in the format Netlify and Cloudflare Pages read (a path pattern, then its headers
 * indented): the policy and two plain protections on every file; CORS on every file, since an
 * embed sandboxed without `allow-same-origin` fetches the app's scripts as cross-origin requests;
 * and the hashed build files cached for good.
 */
export function headersFile(policy: string): string {
  return [
    '# Written by the build (scripts/prerender/securityHeaders.ts): the hashes change with the pages.',
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Access-Control-Allow-Origin: *',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
