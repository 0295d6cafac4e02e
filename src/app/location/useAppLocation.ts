import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatAppUrl, formatView, parseAppUrl, relativeHref, type AppUrlState, type UrlNotice, type ViewWindow } from './appUrl';
import type { ChartFrame } from '../../features/timeline/model/frame';
import { fitView } from './fitView';

/** How long the view must rest before the URL is rewritten, so zooming does not flood history. */
const VIEW_URL_DELAY_MS = 300;

export interface AppLocation {
  /** What the URL says to show, with an event the timeline lacks left out; `view` is exact. */
  state: AppUrlState;
  /** Parameters that could not be used: the app ignored them and says so. */
  notices: UrlNotice[];
  /** Selects an event (or none): a new history entry, so Back returns to the previous one (in an embed, the same entry). */
  select: (eventId: string | null) => void;
  /** Changes the view window at once; the URL follows after a pause, replacing its entry. */
  setView: (view: ViewWindow | null) => void;
  /** A link, relative to the current page, to the current state changed by `change` (view left out). */
  hrefFor: (change: Partial<AppUrlState>) => string;
  /** An absolute link to `change` in the full view, for copying and sharing. */
  absoluteUrlFor: (change: Partial<AppUrlState>) => string;
  /** A link, relative to the current page, to `url` (another page of the same site, such as its index). */
  hrefTo: (url: string) => string;
}

interface Snapshot {
  url: string;
  state: AppUrlState;
  notices: UrlNotice[];
  /** The view the link itself asked for, as read and as written, until the reader selects something. */
  linkView: { window: ViewWindow; text: string } | null;
}

function snapshot(url: URL, base: URL): Snapshot {
  const { state, notices } = parseAppUrl(url, base);
  return { url: url.href, state, notices, linkView: state.view ? { window: state.view, text: url.searchParams.get('view') ?? '' } : null };
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

/**
 * The shell's hold on the URL, the source of truth for what is shown. `initialUrl` and `baseUrl`
 * come from `location` in a browser and from the page being rendered in the prerender, so both
 * render the same first frame. `knownIds` (null while the data loads) lets a link to an event the
 * timeline does not have open the whole story, with a notice, and drops that id from the URL.
 * `viewBounds` (null while the data loads) gives the span the timeline can show: a link's view
 * beyond it is shown fitted, with a notice, and the fitted view replaces it in the URL.
 */
export function useAppLocation(initialUrl: string, baseUrl: string, knownIds: ReadonlySet<string> | null, viewBounds: (() => ChartFrame) | null = null): AppLocation {
  const base = useMemo(() => new URL(baseUrl), [baseUrl]);
  const [current, setCurrent] = useState<Snapshot>(() => snapshot(new URL(initialUrl), base));
  const pendingView = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The exact view, for URLs written from event handlers; React state holds it for rendering.
  const latestView = useRef<ViewWindow | null>(current.state.view);

  // Back and forward restore the selection and the view.
  useEffect(() => {
    const onPopState = () => {
      const next = snapshot(here(), base);
      latestView.current = next.state.view;
      setCurrent(next);
    };
    globalThis.addEventListener('popstate', onPopState);
    return () => globalThis.removeEventListener('popstate', onPopState);
  }, [base]);

  useEffect(
    () => () => {
      if (pendingView.current) clearTimeout(pendingView.current);
    },
    [],
  );

  const requested = current.state.eventId;
  const unknown = requested !== null && knownIds !== null && !knownIds.has(requested);

  // A link to an event that is not in the timeline: drop it from the URL so reloading and sharing
  // work; the notice keeps saying what happened until the reader selects something.
  useEffect(() => {
    if (!unknown) return;
    const url = formatAppUrl({ ...parseAppUrl(here(), base).state, eventId: null }, base, here());
    writeUrl('replace', url);
  }, [unknown, base]);

  const select = useCallback(
    (eventId: string | null) => {
      if (pendingView.current) clearTimeout(pendingView.current);
      pendingView.current = null;
      const from = here();
      const fromState = parseAppUrl(from, base).state;
      const url = formatAppUrl({ ...fromState, eventId, view: latestView.current }, base, from);
      // In an iframe every entry would land in the news page's own history, and Back would step
      // through the embed's selections instead of leaving the article: an embed replaces its entry.
      if (url.href !== from.href) writeUrl(fromState.embed ? 'replace' : 'push', url);
      setCurrent((previous) => ({ url: url.href, state: { ...previous.state, eventId, view: latestView.current }, notices: [], linkView: null }));
    },
    [base],
  );

  const setView = useCallback(
    (view: ViewWindow | null) => {
      latestView.current = view;
      setCurrent((previous) => ({ ...previous, state: { ...previous.state, view } }));
      if (pendingView.current) clearTimeout(pendingView.current);
      pendingView.current = setTimeout(() => {
        pendingView.current = null;
        const from = here();
        const url = formatAppUrl({ ...parseAppUrl(from, base).state, view }, base, from);
        if (url.href === from.href) return;
        writeUrl('replace', url);
        setCurrent((previous) => ({ ...previous, url: url.href }));
      }, VIEW_URL_DELAY_MS);
    },
    [base],
  );

  // A link's view beyond what the timeline shows (outside the story, or closer than it zooms): the
  // fitted view is shown, and written into the URL so reloading and sharing show the same; the
  // notice says so until the reader selects something.
  const { linkView } = current;
  const fitted = useMemo(() => (linkView && viewBounds ? fitView(linkView.window, viewBounds()) : null), [linkView, viewBounds]);
  const clamped = fitted?.clamped ? fitted : null;
  const showingLinkView = linkView !== null && current.state.view === linkView.window;
  useEffect(() => {
    if (!clamped || !showingLinkView) return;
    latestView.current = clamped.view;
    const from = here();
    writeUrl('replace', formatAppUrl({ ...parseAppUrl(from, base).state, view: clamped.view }, base, from));
  }, [clamped, showingLinkView, base]);

  const state = useMemo(() => {
    const view = clamped && showingLinkView ? clamped.view : current.state.view;
    return unknown || view !== current.state.view ? { ...current.state, eventId: unknown ? null : current.state.eventId, view } : current.state;
  }, [unknown, clamped, showingLinkView, current.state]);
  const notices = useMemo(() => {
    const all = [...current.notices];
    if (clamped && linkView) all.push({ param: 'view', value: linkView.text, reason: 'clamped', shown: clamped.view ? formatView(clamped.view) : null });
    if (unknown && requested) all.push({ param: 'event', value: requested, reason: 'unknown' });
    return all.length === current.notices.length ? current.notices : all;
  }, [unknown, requested, clamped, linkView, current.notices]);
  // Links are relative to the page as the URL now reads, the unknown event already dropped. They
  // lead to the full view (an event opened in a new tab from an embed reads best there), and
  // leave the view out, so they (and the panels that take them) stay the same while the reader
  // zooms: only the page's path matters to a relative link, and it does not change with the view.
  const { eventId, embed, theme } = state;
  const linkState = useMemo<AppUrlState>(() => ({ eventId, embed, theme, view: null }), [eventId, embed, theme]);
  const page = useMemo(() => formatAppUrl(linkState, base), [linkState, base]);
  const hrefFor = useCallback(
    (change: Partial<AppUrlState>) => relativeHref(page, formatAppUrl({ ...linkState, embed: false, theme: null, ...change }, base)),
    [page, linkState, base],
  );
  const absoluteUrlFor = useCallback(
    (change: Partial<AppUrlState>) => formatAppUrl({ ...linkState, embed: false, theme: null, ...change }, base).href,
    [linkState, base],
  );
  const hrefTo = useCallback((url: string) => relativeHref(page, new URL(url, base)), [page, base]);
  return { state, notices, select, setView, hrefFor, absoluteUrlFor, hrefTo };
}
