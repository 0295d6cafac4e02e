/**
 * What the embedded timeline and our host script (`embed.js`) say to each other on top of pym.js's
 * framing, and the host page's hash that carries a deep link. Pure: both sides and their tests use
 * it; the posting and listening live in `src/features/embed/` and `src/embed-host/`.
 *
 *   child → parent  height            pym's: the content's height in pixels
 *   parent → child  width             pym's: the container's width; the child answers with its height
 *   child → parent  scrollToChildPos  pym's: scroll the host page to this offset inside the iframe
 *   child → parent  sourceline-hello  the child is listening; carries the story's title
 *   parent → child  sourceline-host   the host page's URL and the hash key of this embed
 *   both ways       sourceline-select an event id, or '' for none
 *   parent → child  sourceline-reveal answer with scrollToChildPos for the selected event
 *
 * A pym.js `Parent` ignores the sourceline types, and the child never needs an answer to them, so
 * pages that embed with pym.js get sizing and nothing else.
 */
import { isEventId } from '../ids/eventId';

/** The message types, by what they do. */
export const MESSAGE = {
  height: 'height',
  width: 'width',
  scrollToChildPos: 'scrollToChildPos',
  hello: 'sourceline-hello',
  host: 'sourceline-host',
  select: 'sourceline-select',
  reveal: 'sourceline-reveal',
} as const;

/** The name an embed's deep link goes by in the host page's hash (`#sourceline=<id>`). */
export const HASH_KEY_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * The sandbox every iframe of ours gets: scripts; the app's own origin (its files and clipboard,
 * never the news page's, which is another origin); and new tabs, unsandboxed, for "Open full timeline".
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The hash key of the first (or only) embed on a page. */
export const DEFAULT_HASH_KEY = 'sourceline';

/** What the host script tells the child: where the host page is and which hash key is this embed's. */
export interface HostInfo {
  /** The host page's absolute http(s) URL. */
  url: string;
  key: string;
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * JSON that pym's framing can carry whatever its strings hold: the delimiter `xPYMx` may appear in
 * a page's URL (`?q=xPYMx`) or a title, and would make the frame ambiguous, so every "PYM" is
 * written as the JSON escape `\u0050YM`, which `JSON.parse` reads back as it was. ("P" is never
 * part of another escape, and JSON has no "PYM" outside strings.) Line separators, which the
 * framing refuses too, are escaped the same way.
 */
export function framableJson(value: unknown): string {
  return JSON.stringify(value).replace(/PYM/g, '\\u0050YM').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The `sourceline-host` payload. */
export function encodeHostInfo(info: HostInfo): string {
  return framableJson({ url: info.url, key: info.key });
}

/** Reads a `sourceline-host` payload, or null when it is not exactly one. */
export function decodeHostInfo(text: string): HostInfo | null {
  const value = parseJsonObject(text);
  if (!value) return null;
  const { url, key } = value;
  if (typeof url !== 'string' || typeof key !== 'string' || url.length > 2000) return null;
  if (!isWebUrl(url) || !HASH_KEY_PATTERN.test(key)) return null;
  return { url, key };
}

/** The `sourceline-hello` payload. */
export function encodeHello(title: string): string {
  return framableJson({ title });
}

/** Reads a `sourceline-hello` payload: the story's title (at most 300 characters), or null. */
export function decodeHello(text: string): { title: string } | null {
  const value = parseJsonObject(text);
  const title = value?.title;
  return typeof title === 'string' && title.length > 0 && title.length <= 300 ? { title } : null;
}

/**
 * Reads a `sourceline-select` payload: an event id, null for "none" (an empty payload), or
 * undefined when it is neither, which the receiver ignores.
 */
export function decodeSelection(text: string): string | null | undefined {
  if (text === '') return null;
  return isEventId(text) ? text : undefined;
}

function hashParts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

/**
 * The event named by `key` in a host page's hash (`#sourceline=<id>`, or `#a=b&sourceline=<id>`
 * among other parts), or null when there is none or it is not an event id.
 */
export function readHashParam(hash: string, key: string): string | null {
  for (const part of hashParts(hash)) {
    const at = part.indexOf('=');
    if (at !== -1 && part.slice(0, at) === key) {
      let value: string;
      try {
        value = decodeURIComponent(part.slice(at + 1));
      } catch {
        return null;
      }
      return isEventId(value) ? value : null;
    }
  }
  return null;
}

/**
 * The hash with `key` set to `value` (or removed, for null), every other part kept as it was, so
 * several embeds, and the page's own anchors, share one hash. '' when nothing is left.
 */
export function writeHashParam(hash: string, key: string, value: string | null): string {
  const entry = value === null ? null : `${key}=${encodeURIComponent(value)}`;
  const next: string[] = [];
  let found = false;
  for (const part of hashParts(hash)) {
    const ours = part.split('=', 1)[0] === key;
    if (!ours) next.push(part);
    else if (!found && entry !== null) next.push(entry);
    found ||= ours;
  }
  if (!found && entry !== null) next.push(entry);
  return next.length > 0 ? `#${next.join('&')}` : '';
}

/** The host page's link to one event of its embed: its URL with the embed's key set in the hash. */
export function hostLinkFor(info: HostInfo, eventId: string): string {
  const url = new URL(info.url);
  url.hash = writeHashParam(url.hash, info.key, eventId);
  return url.href;
}

/** What the host script puts in an iframe's address, besides the app's own URL. */
export interface EmbedSrcOptions {
  /** The pym child id: how each side knows which messages are its. */
  childId: string;
  /** The container's width in pixels, as pym's `initialWidth`. */
  width: number;
  /** The host page's URL, as pym's `parentUrl`: the child only talks to its origin. */
  parentUrl: string;
  /** An event the host page's hash asks for, or null to keep what the URL shows. */
  eventId: string | null;
}

/**
 * The iframe's address for the app at `appUrl`: the compact view (`embed=1`), pym's parameters,
 * and the event the host's hash names, which replaces one the URL's path names (`events/<id>/`).
 */
export function embedSrc(appUrl: string, options: EmbedSrcOptions): string {
  const url = new URL(appUrl);
  url.hash = '';
  if (options.eventId !== null) {
    url.pathname = url.pathname.replace(/events\/[^/]+\/(index\.html)?$/, '');
    url.searchParams.set('event', options.eventId);
  }
  url.searchParams.set('embed', '1');
  for (const name of ['initialWidth', 'childId', 'parentUrl']) url.searchParams.delete(name);
  url.searchParams.set('initialWidth', String(Math.round(options.width)));
  url.searchParams.set('childId', options.childId);
  url.searchParams.set('parentUrl', options.parentUrl);
  return url.href;
}
