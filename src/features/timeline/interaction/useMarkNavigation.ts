import { useCallback, useEffect, useEffectEvent, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { clusterZoomWindow } from '../model/clusters';
import { intentForKey, navigate } from '../model/keyboard';
import { markIds, navStops, type ChartMark, type ChartRow } from '../model/layout';
import type { ChartMetrics } from '../model/metrics';
import type { TimeScale } from '../model/scale';
import type { ZoomApi } from './useZoom';
import { centreOf, centreWindowOn, sameWindow, type TimeWindow } from '../model/window';
import { focusVisibly } from '../../../shared/focus/focusVisibly';

type Cluster = Extract<ChartMark, { kind: 'cluster' }>;

export interface MarkNavigationOptions {
  surfaceRef: RefObject<HTMLDivElement | null>;
  /** The view that shows an event as its own titled mark, starting from a view. */
  reveal: (id: string, from: TimeWindow) => TimeWindow;
  rows: readonly ChartRow[];
  marks: readonly ChartMark[];
  scale: TimeScale;
  metrics: ChartMetrics;
  view: TimeWindow;
  domain: TimeWindow;
  minSpan: number;
  canZoomIn: boolean;
  zoom: ZoomApi;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Escape on a mark: close what is open over the chart. */
  onEscape: () => void;
}

/**
 * The marks as one keyboard widget with a roving tab stop: the arrow keys, Home and End move
 * focus through the story's marks in time order (the pure reducer in keyboard.ts decides where,
 * and pans when the next mark is out of view); + and − zoom; Enter or Space selects an event or
 * opens a cluster. Focus follows the active mark across re-renders, so a zoom that turns a mark
 * into a cluster (or back) keeps the reader's place.
 */
export function useMarkNavigation(options: MarkNavigationOptions) {
  const { surfaceRef, reveal, rows, marks, scale, metrics, view, domain, minSpan, canZoomIn, zoom, selectedId, onSelect, onEscape } = options;
  // The mark keyboard focus is on (or going to); a cluster is named by its first event.
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const [openList, setOpenList] = useState<{ key: string; byKeyboard: boolean } | null>(null);
  const keyboardNav = useRef(false);

  // A selection made elsewhere (the list, later the URL) becomes where keyboard focus starts.
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (seenSelection !== selectedId) {
    setSeenSelection(selectedId);
    if (selectedId) setActiveId(selectedId);
  }

  const markFor = (id: string | null) => (id === null ? undefined : marks.find((mark) => markIds(mark).includes(id)));
  const firstInTime = marks.reduce<ChartMark | undefined>((best, mark) => (!best || mark.x < best.x ? mark : best), undefined);
  const activeMark = markFor(activeId);
  const tabStopKey = (activeMark ?? markFor(selectedId) ?? firstInTime)?.key ?? null;

  const onMarkKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, mark: ChartMark) => {
      if (event.key === 'Escape') {
        setOpenList(null);
        onEscape();
        return;
      }
      const intent = intentForKey(event.key);
      if (!intent || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const stops = navStops(rows, marks, scale, metrics);
      const next = navigate({ activeId: markIds(mark)[0] ?? null, view }, intent, { stops, domain, minSpan });
      keyboardNav.current = true;
      setActiveId(next.activeId);
      if (!sameWindow(next.view, view)) zoom.animateTo(next.view);
    },
    [rows, marks, scale, metrics, view, domain, minSpan, zoom, onEscape],
  );

  const onActivateCluster = useCallback(
    (mark: Cluster, byKeyboard: boolean) => {
      keyboardNav.current = byKeyboard;
      setActiveId(mark.items[0]?.id ?? null);
      if (canZoomIn) zoom.animateTo(clusterZoomWindow(mark.items.map((item) => item.anchor), view, domain, minSpan));
      // At the deepest zoom a cluster cannot split any more: it lists its events instead.
      else setOpenList((open) => (open?.key === mark.key ? null : { key: mark.key, byKeyboard }));
    },
    [canZoomIn, view, domain, minSpan, zoom],
  );

  const select = useCallback(
    (id: string, refocus = false) => {
      // Chosen in a cluster's list with focus in it: focus goes back to the cluster's mark, not lost with the list.
      if (refocus) keyboardNav.current = true;
      setActiveId(id);
      setOpenList(null);
      onSelect(id);
    },
    [onSelect],
  );

  /** With no mark in view: go to the nearest one, and put focus on it. */
  const goToNearest = () => {
    const stops = navStops(rows, marks, scale, metrics);
    const nearest = stops.reduce<(typeof stops)[number] | undefined>(
      (best, stop) => (!best || Math.abs(stop.time - centreOf(view)) < Math.abs(best.time - centreOf(view)) ? stop : best),
      undefined,
    );
    if (!nearest) return;
    keyboardNav.current = true;
    setActiveId(nearest.ids[0] ?? null);
    zoom.animateTo(centreWindowOn(view, nearest.time, domain, minSpan));
  };

  /** Pointer use ends keyboard navigation: focus is no longer moved for the reader. */
  const pointerUsed = () => {
    keyboardNav.current = false;
  };

  // After a key moved focus (or the zoom rebuilt the marks), put focus on the active mark.
  const activeKey = activeMark?.key;
  useEffect(() => {
    if (!keyboardNav.current || !activeKey) return;
    const element = surfaceRef.current?.querySelector<HTMLElement>(`[data-stop-key="${activeKey}"]`);
    // Shown even when the reader clicked a mark before the key: WebKit would draw no ring.
    if (element && document.activeElement !== element) focusVisibly(element, { preventScroll: true });
  });

  // A selection made outside the chart (the list, the article, the figures, Previous / Next)
  // brings its event into view as its own titled mark.
  const revealSelection = useEffectEvent(() => {
    if (!selectedId) return;
    const target = reveal(selectedId, view);
    if (!sameWindow(target, view)) zoom.animateTo(target);
  });
  useEffect(() => {
    if (selectedId) revealSelection();
  }, [selectedId]);

  const listMark = openList ? marks.find((mark): mark is Cluster => mark.kind === 'cluster' && mark.key === openList.key) : undefined;
  /** Closes a cluster's list; `refocus` (focus was in it) puts focus back on the cluster's mark. */
  const closeList = (refocus = false) => {
    if (refocus && listMark) {
      keyboardNav.current = true;
      setActiveId(listMark.items[0]?.id ?? null);
    }
    setOpenList(null);
  };
  return {
    activeMark,
    tabStopKey,
    onMarkKeyDown,
    onActivateCluster,
    select,
    goToNearest,
    pointerUsed,
    openList: listMark ? { mark: listMark, byKeyboard: openList?.byKeyboard ?? false } : null,
    closeList,
  };
}
