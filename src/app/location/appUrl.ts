/**
 * The URL is the source of truth for what is shown. This pure module reads the app's state from a
 * URL and writes it back, for any base path on a plain static host with no rewrites:
 *
 *   <base>                          the whole story
 *   <base>events/<id>/              one event selected (a prerendered page exists for each)
 *   <base>?event=<id>               the same, for hosts or tools that only keep the query
 *   …?view=2023-11-20..2023-12-01   the zoomed window (days, or minutes: 2023-11-24T06:00Z)
 *   …?embed=1&theme=dark            the compact view for an iframe, with a forced colour scheme
 *
 * Parameters it does not know (pym.js adds childId, initialWidth, parentUrl) are kept as they are.
 */
import { isEventId } from '../../shared/ids/eventId';

/** A window of time in epoch milliseconds, `start < end`. */
export interface ViewWindow {
  start: number;
  end: number;
}

export type ThemeChoice = 'light' | 'dark';

/** What the URL says to show. */
export interface AppUrlState {
  eventId: string | null;
  view: ViewWindow | null;
  embed: boolean;
  theme: ThemeChoice | null;
}

/** A parameter that could not be used as it was; the app ignored or changed it, and says so. */
export interface UrlNotice {
  param: 'event' | 'view' | 'theme' | 'embed';
  /** The parameter as the link wrote it: the reader's input, to be quoted as text only. */
  value: string;
  /**
   * `malformed`: not in a form the app reads; `unknown`: an event id this timeline does not have;
   * `clamped`: a view beyond what the timeline shows, moved and sized to fit.
   */
  reason: 'malformed' | 'unknown' | 'clamped';
  /** For a clamped view: the view shown instead, as the URL now writes it, or null for the whole story. */
  shown?: string | null;
}

export interface ParsedAppUrl {
  state: AppUrlState;
  notices: UrlNotice[];
}

export const EMPTY_STATE: AppUrlState = { eventId: null, view: null, embed: false, theme: null };

const EVENT_PATH = /^events\/([^/]+)\/?(?:index\.html)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/;
const OUR_PARAMS = ['event', 'view', 'embed', 'theme'] as const;

/** The part of `url`'s path below `base`'s, or null when `url` is not under `base`. */
export function pathBelowBase(url: URL, base: URL): string | null {
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return null;
  return url.pathname.slice(base.pathname.length);
}

function parseInstant(text: string): number | null {
  const day = DAY.exec(text);
  const minute = MINUTE.exec(text);
  const parts = (day ?? minute)?.slice(1).map(Number);
  if (!parts) return null;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = parts;
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(ms);
  // Rejects 2023-02-30 and 25:00, which Date.UTC would silently roll over.
  const exact = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && back.getUTCHours() === h && back.getUTCMinutes() === mi;
  return exact ? ms : null;
}

/** `2023-11-20..2023-12-01` or `2023-11-24T06:00Z..2023-11-24T18:30Z` → a window, or null. */
export function parseView(text: string): ViewWindow | null {
  const [a, b, ...rest] = text.split('..');
  if (a === undefined || b === undefined || rest.length > 0) return null;
  const start = parseInstant(a);
  const end = parseInstant(b);
  return start !== null && end !== null && start < end ? { start, end } : null;
}

function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

/** A window as the URL writes it, to the minute; a window of whole days reads as dates. */
export function formatView(view: ViewWindow): string {
  const start = Math.floor(view.start / 60_000) * 60_000;
  const end = Math.max(start + 60_000, Math.ceil(view.end / 60_000) * 60_000);
  return `${formatInstant(start)}..${formatInstant(end)}`;
}

/** Reads the app's state from a page URL under `base` (which ends with `/`). */
export function parseAppUrl(url: URL, base: URL): ParsedAppUrl {
  const notices: UrlNotice[] = [];
  const state: AppUrlState = { ...EMPTY_STATE };
  const params = url.searchParams;

  const below = pathBelowBase(url, base);
  const fromPath = below === null ? null : EVENT_PATH.exec(below)?.[1];
  const rawEvent = fromPath !== undefined && fromPath !== null ? safeDecode(fromPath) : params.get('event');
  if (rawEvent !== null && rawEvent !== '') {
    if (isEventId(rawEvent)) state.eventId = rawEvent;
    else notices.push({ param: 'event', value: rawEvent, reason: 'malformed' });
  }

  const view = params.get('view');
  if (view !== null && view !== '') {
    state.view = parseView(view);
    if (!state.view) notices.push({ param: 'view', value: view, reason: 'malformed' });
  }

  const embed = params.get('embed');
  if (embed !== null) {
    if (embed === '1' || embed === 'true' || embed === '') state.embed = true;
    else if (embed !== '0' && embed !== 'false') notices.push({ param: 'embed', value: embed, reason: 'malformed' });
  }

  const theme = params.get('theme');
  if (theme !== null && theme !== '') {
    if (theme === 'light' || theme === 'dark') state.theme = theme;
    else notices.push({ param: 'theme', value: theme, reason: 'malformed' });
  }
  return { state, notices };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The URL for `state`, keeping every parameter of `current` that is not ours. The event is a
 * path (`events/<id>/`), since a prerendered page exists there for link previews.
 */
export function formatAppUrl(state: AppUrlState, base: URL, current?: URL): URL {
  const next = new URL(state.eventId ? `events/${encodeURIComponent(state.eventId)}/` : '', base);
  if (current) {
    for (const [key, value] of current.searchParams) {
      if (!(OUR_PARAMS as readonly string[]).includes(key)) next.searchParams.append(key, value);
    }
    next.hash = current.hash;
  }
  if (state.view) next.searchParams.set('view', formatView(state.view));
  if (state.embed) next.searchParams.set('embed', '1');
  if (state.theme) next.searchParams.set('theme', state.theme);
  return next;
}

/**
 * A link from the page at `from` to `to`, relative when both share an origin, so a prerendered
 * page reads the same under any host and sub-path: from `…/events/a/` to `…/events/b/` is `../b/`.
 */
export function relativeHref(from: URL, to: URL): string {
  if (from.origin !== to.origin) return to.href;
  const fromDirs = from.pathname.split('/').slice(1, -1);
  const toParts = to.pathname.split('/').slice(1);
  let shared = 0;
  while (shared < fromDirs.length && shared < toParts.length - 1 && fromDirs[shared] === toParts[shared]) shared += 1;
  const up = '../'.repeat(fromDirs.length - shared);
  const path = `${up}${toParts.slice(shared).join('/')}` || './';
  return `${path}${to.search}${to.hash}`;
}

/** Two states show the same thing (used to decide whether a prerendered page can be hydrated). */
export function sameState(a: AppUrlState, b: AppUrlState): boolean {
  return (
    a.eventId === b.eventId &&
    a.embed === b.embed &&
    a.theme === b.theme &&
    (a.view === b.view || (a.view !== null && b.view !== null && a.view.start === b.view.start && a.view.end === b.view.end))
  );
}
