import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatAppUrl, formatView, parseAppUrl, relativeHref, type AppUrlState, type UrlNotice, type ViewWindow } from './appUrl';
import type { ChartFrame } from '../../features/timeline/model/frame';
import { createViewStore, type ViewStore } from '../../features/timeline/viewStore';
import { fitView } from './fitView';

/**
 * How long the view must rest before the URL is rewritten: a reader nudging the view with a key,
 * again and again, rewrites it once (browsers limit how often a page may).
 */
const VIEW_URL_DELAY_MS = 300;

/** What the URL says to show, but the view, which the view store holds. */
export type LocationState = Omit<AppUrlState, 'view'>;

export interface AppLocation {
  /** What the URL says to show, with an event the timeline lacks left out. */
  state: LocationState;
  /** Parameters that could not be used: the app ignored them and says so. */
  notices: UrlNotice[];
  /**
   * The view window, held live in a store the chart draws from and changes; the URL follows when
   * it comes to rest, replacing its entry. Created once, from the URL (fitted to the story).
   */
  view: ViewStore;
  /** Selects an event (or none): a new history entry, so Back returns to the previous one (in an embed, the same entry). */
  select: (eventId: string | null) => void;
  /** A link, relative to the current page, to the current state changed by `change` (view left out unless given). */
  hrefFor: (change: Partial<AppUrlState>) => string;
  /** An absolute link to `change` in the full view, for copying and sharing. */
  absoluteUrlFor: (change: Partial<AppUrlState>) => string;
  /** A link, relative to the current page, to `url` (another page of the same site, such as its index). */
  hrefTo: (url: string) => string;
}

interface Snapshot {
  state: LocationState;
  notices: UrlNotice[];
  /** The view the URL asks for, as read and as written; after a selection, no longer what the page shows. */
  linkView: { window: ViewWindow; text: string } | null;
}

function snapshot(url: URL, base: URL): Snapshot {
  const { state: { view, ...state }, notices } = parseAppUrl(url, base);
  return { state, notices, linkView: view ? { window: view, text: url.searchParams.get('view') ?? '' } : null };
}

const here = () => new URL(globalThis.location.href);

/**
 * Writes the URL. In an iframe sandboxed without `allow-same-origin` (an opaque origin), some
 * browsers refuse a new path with a SecurityError (Chromium 156, which the tests run, allows it):
 * the state still changes, only the iframe's own, invisible, URL does not.
 */
function writeUrl(mode: 'push' | 'replace', url: URL): void {
  try {
    if (mode === 'push') globalThis.history.pushState(null, '', url);
    else globalThis.history.replaceState(globalThis.history.state, '', url);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'SecurityError')) throw error;
  }
}

const sameView = (a: ViewWindow | null, b: ViewWindow | null) => (a === null || b === null ? a === b : a.start === b.start && a.end === b.end);

/**
 * The shell's hold on the URL, the source of truth for what is shown. `initialUrl` and `baseUrl`
 * come from `location` in a browser and from the page being rendered in the prerender, so both
 * render the same first frame. `knownIds` lets a link to an event the timeline does not have open
 * the whole story, with a notice, and drops that id from the URL. `viewBounds` gives the span the
 * timeline can show: a link's view beyond it is shown fitted, with a notice, and the fitted view
 * replaces it in the URL.
 *
 * The view is not React state here: it changes with every frame of a zoom, and lives in a store
 * (`view`) that the chart reads. The shell hears it only when it comes to rest, and writes the URL
 * then; nothing of the page but the chart draws again while the reader zooms.
 */
export function useAppLocation(initialUrl: string, baseUrl: string, knownIds: ReadonlySet<string>, viewBounds: () => ChartFrame): AppLocation {
  const base = useMemo(() => new URL(baseUrl), [baseUrl]);
  const [current, setCurrent] = useState<Snapshot>(() => snapshot(new URL(initialUrl), base));

  // A link's view beyond what the timeline shows (outside the story, or closer than it zooms) is
  // shown fitted, and written into the URL so reloading and sharing show the same; the notice
  // says so until the reader selects something.
  const { linkView } = current;
  const fitted = useMemo(() => (linkView ? fitView(linkView.window, viewBounds()) : null), [linkView, viewBounds]);
  const clamped = fitted?.clamped ? fitted : null;
  const [view] = useState(() => createViewStore(clamped ? clamped.view : (linkView?.window ?? null)));

  useEffect(() => {
    if (!clamped) return;
    const from = here();
    writeUrl('replace', formatAppUrl({ ...parseAppUrl(from, base).state, view: view.getResting() }, base, from));
  }, [clamped, view, base]);

  // Back and forward restore the selection and the view.
  useEffect(() => {
    const onPopState = () => {
      const next = snapshot(here(), base);
      const linked = next.linkView ? fitView(next.linkView.window, viewBounds()) : null;
      view.rest(linked?.clamped ? linked.view : (next.linkView?.window ?? null));
      setCurrent(next);
    };
    globalThis.addEventListener('popstate', onPopState);
    return () => globalThis.removeEventListener('popstate', onPopState);
  }, [base, view, viewBounds]);

  // The view at rest goes into the URL, replacing its entry, once it has rested a moment.
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = view.subscribeResting(() => {
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = null;
        const from = here();
        const fromState = parseAppUrl(from, base).state;
        const resting = view.getResting();
        if (sameView(fromState.view, resting)) return;
        const url = formatAppUrl({ ...fromState, view: resting }, base, from);
        if (url.href !== from.href) writeUrl('replace', url);
      }, VIEW_URL_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (pending) clearTimeout(pending);
    };
  }, [view, base]);

  const requested = current.state.eventId;
  const unknown = requested !== null && !knownIds.has(requested);

  // A link to an event that is not in the timeline: drop it from the URL so reloading and sharing
  // work; the notice keeps saying what happened until the reader selects something.
  useEffect(() => {
    if (!unknown) return;
    const url = formatAppUrl({ ...parseAppUrl(here(), base).state, eventId: null }, base, here());
    writeUrl('replace', url);
  }, [unknown, base]);

  const select = useCallback(
    (eventId: string | null) => {
      const from = here();
      const fromState = parseAppUrl(from, base).state;
      // The view on screen goes with the selection (a transition may still be on its way: its rest rewrites this entry).
      const url = formatAppUrl({ ...fromState, eventId, view: view.get() }, base, from);
      // In an iframe every entry would land in the news page's own history, and Back would step
      // through the embed's selections instead of leaving the article: an embed replaces its entry.
      if (url.href !== from.href) writeUrl(fromState.embed ? 'replace' : 'push', url);
      setCurrent((previous) => ({ state: { ...previous.state, eventId }, notices: [], linkView: null }));
    },
    [base, view],
  );

  const { embed, theme } = current.state;
  const eventId = unknown ? null : requested;
  const state = useMemo<LocationState>(() => ({ eventId, embed, theme }), [eventId, embed, theme]);
  const notices = useMemo(() => {
    const all = [...current.notices];
    if (clamped && linkView) all.push({ param: 'view', value: linkView.text, reason: 'clamped', shown: clamped.view ? formatView(clamped.view) : null });
    if (unknown && requested) all.push({ param: 'event', value: requested, reason: 'unknown' });
    return all.length === current.notices.length ? current.notices : all;
  }, [unknown, requested, clamped, linkView, current.notices]);
  // Links are relative to the page as the URL now reads, the unknown event already dropped. They
  // lead to the full view (an event opened in a new tab from an embed reads best there) and carry
  // no view unless asked: an event's link opens on a view that titles that event.
  const page = useMemo(() => formatAppUrl({ ...state, view: null }, base), [state, base]);
  const hrefFor = useCallback(
    (change: Partial<AppUrlState>) => relativeHref(page, formatAppUrl({ ...state, view: null, embed: false, theme: null, ...change }, base)),
    [page, state, base],
  );
  const absoluteUrlFor = useCallback(
    (change: Partial<AppUrlState>) => formatAppUrl({ ...state, view: null, embed: false, theme: null, ...change }, base).href,
    [state, base],
  );
  const hrefTo = useCallback((url: string) => relativeHref(page, new URL(url, base)), [page, base]);
  return { state, notices, view, select, hrefFor, absoluteUrlFor, hrefTo };
}
