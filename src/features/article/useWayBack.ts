import { useEffect, useEffectEvent, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { TimelineEvent } from '../../shared/schema/schema';
import { onRevealRequest, wayBackLabel } from '../../shared/article/reveal';
import type { TextSpan } from '../../shared/article/structure';
import { isPlainLeftClick } from '../../shared/links/plainClick';
import { prefersReducedMotion } from '../../shared/ui/motion';
import { EVENT_DETAIL_ID } from './detailId';
import { passageEnd } from './layout';
import { scrollBehavior } from './scroll';
import { focusVisibly } from '../../shared/focus/focusVisibly';

/** A way back from words a "show in article" link led to: after them, while the event stays selected. */
export interface ReturnPoint {
  /** The end offset of those words. */
  after: number;
  /** The link's name, from the region the reader came from ("Back to the event"). */
  label: string;
  /** The selection it belongs to: selecting another event drops it. */
  forId: string | null;
}

export interface WayBackOptions {
  /** The panel: "show in article" requests are heard here. */
  rootRef: RefObject<HTMLElement | null>;
  events: readonly TimelineEvent[];
  selectedId: string | null;
  /** The article's blocks, where the words a link led to are found. */
  blocks: readonly TextSpan[];
  /** Opens the panel (on a phone it is collapsed), before the passage is focused. */
  open: () => void;
}

export interface WayBack {
  /** The way back to show, for the current selection, or null. */
  returnPoint: ReturnPoint | null;
  /** The way back's click: focus returns to the link the reader came from (or the event detail). */
  goBack: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * A "show in article" link anywhere in the page asks the panel for a passage (`shared/article/reveal`):
 * the panel opens, focuses the passage and scrolls the page to it (the reader asked to be taken
 * there), and offers a way back right after the words, named for the region the reader came
 * from, as a footnote's return link does.
 */
export function useWayBack({ rootRef, events, selectedId, blocks, open }: WayBackOptions): WayBack {
  const [returnPoint, setReturnPoint] = useState<ReturnPoint | null>(null);
  /** The link the reader came from, to return focus to. */
  const returnTo = useRef<HTMLElement | null>(null);

  /** Where the way back goes, for words a link led to: after them, named for where the reader came from. */
  const returnPointFor = useEffectEvent((passageElementId: string, origin: HTMLElement | null): ReturnPoint | null => {
    const label = wayBackLabel(origin);
    const after = passageEnd(passageElementId, events, selectedId, blocks);
    return label && after !== null ? { after, label, forId: selectedId } : null;
  });
  const openPanel = useEffectEvent(open);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    return onRevealRequest(root, (passage, origin) => {
      returnTo.current = origin;
      flushSync(() => {
        openPanel();
        setReturnPoint(returnPointFor(passage.id, origin));
      });
      focusVisibly(passage, { preventScroll: true });
      // Here the page may move: the reader asked to be taken to these words.
      passage.scrollIntoView?.({ block: 'center', behavior: scrollBehavior(prefersReducedMotion()) });
    });
  }, [rootRef]);

  const goBack = (event: MouseEvent<HTMLAnchorElement>) => {
    const origin = returnTo.current;
    const target = origin?.isConnected ? origin : document.getElementById(EVENT_DETAIL_ID);
    if (!target || !isPlainLeftClick(event)) return;
    event.preventDefault();
    focusVisibly(target, { preventScroll: true });
    target.scrollIntoView?.({ block: 'center', behavior: scrollBehavior(prefersReducedMotion()) });
    setReturnPoint(null);
  };
  return { returnPoint: returnPoint?.forId === selectedId ? returnPoint : null, goBack };
}
