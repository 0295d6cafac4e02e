import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { intentForKey, navigate } from '../model/keyboard';
import { markIds, navStops, type ChartMark } from '../model/layout';
import type { ViewAction } from '../model/view';
import { centreOf } from '../model/window';
import type { ChartModel } from '../model/chart';
import { focusVisibly } from '../../../shared/focus/focusVisibly';

type Cluster = Extract<ChartMark, { kind: 'cluster' }>;

export interface MarkNavigationOptions {
  surfaceRef: RefObject<HTMLDivElement | null>;
  /** The chart as drawn. */
  chart: ChartModel;
  /** Changes the view (`useViewControl`). */
  dispatch: (action: ViewAction) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Escape on a mark: close what is open over the chart. */
  onEscape: () => void;
  /** Time runs right to left on screen: the arrow pointing right goes earlier. */
  rtl?: boolean;
}

/**
 * The marks as one keyboard widget with a roving tab stop: the arrow keys, Home and End move
 * focus through the story's marks in time order (the pure reducer in keyboard.ts decides where,
 * and pans when the next mark is out of view); + and − zoom; Enter or Space selects an event or
 * opens a cluster. Focus follows the active mark across re-renders, so a zoom that turns a mark
 * into a cluster (or back) keeps the reader's place. Selecting an event here brings it into view
 * as its own titled mark, as a selection anywhere else does.
 */
export function useMarkNavigation(options: MarkNavigationOptions) {
  const { surfaceRef, chart, dispatch, selectedId, onSelect, onEscape, rtl = false } = options;
  const { rows, marks, scale, metrics, view, domain, canZoomIn } = chart;
  const { minSpan } = chart.context;
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
      const intent = intentForKey(event.key, rtl);
      if (!intent || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const stops = navStops(rows, marks, scale, metrics);
      const from = markIds(mark)[0] ?? null;
      keyboardNav.current = true;
      setActiveId(navigate({ activeId: from, view }, intent, { stops, domain, minSpan }).activeId);
      dispatch({ type: 'key', intent, activeId: from, stops });
    },
    [rows, marks, scale, metrics, view, domain, minSpan, dispatch, onEscape, rtl],
  );

  const onActivateCluster = useCallback(
    (mark: Cluster, byKeyboard: boolean) => {
      keyboardNav.current = byKeyboard;
      setActiveId(mark.items[0]?.id ?? null);
      if (canZoomIn) dispatch({ type: 'cluster', times: mark.items.map((item) => item.anchor) });
      // At the deepest zoom a cluster cannot split any more: it lists its events instead.
      else setOpenList((open) => (open?.key === mark.key ? null : { key: mark.key, byKeyboard }));
    },
    [canZoomIn, dispatch],
  );

  const select = useCallback(
    (id: string, refocus = false) => {
      // Chosen in a cluster's list with focus in it: focus goes back to the cluster's mark, not lost with the list.
      if (refocus) keyboardNav.current = true;
      setActiveId(id);
      setOpenList(null);
      onSelect(id);
      dispatch({ type: 'reveal', id });
    },
    [onSelect, dispatch],
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
    dispatch({ type: 'centre', time: nearest.time });
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
