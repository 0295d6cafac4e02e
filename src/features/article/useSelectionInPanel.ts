import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { prefersReducedMotion } from '../../shared/ui/motion';
import { scrollBehavior, scrollTopToReveal, visiblePart } from './scroll';

/** The first mark of an event in the panel, in text order. */
function firstMarkOf(body: HTMLElement, eventId: string): HTMLElement | undefined {
  return Array.from(body.querySelectorAll<HTMLElement>('mark[data-event-ids]')).find((mark) => (mark.dataset.eventIds ?? '').split(' ').includes(eventId));
}

/** Scrolls the panel's own body so the mark is in the part of it on screen; the page itself does not move. */
function bringIntoPanel(body: HTMLElement, mark: HTMLElement, behavior: ScrollBehavior) {
  if (body.getClientRects().length === 0 || typeof body.scrollTo !== 'function') return; // collapsed, or no layout
  const box = body.getBoundingClientRect();
  const target = mark.getBoundingClientRect();
  const panel = { top: box.top + body.clientTop, height: body.clientHeight, scrollTop: body.scrollTop };
  const top = scrollTopToReveal(visiblePart(panel, window.innerHeight), target);
  if (top !== null) body.scrollTo({ top, behavior });
}

export interface SelectionInPanel {
  /** Selects an event from one of the panel's own marks: its words are already where the reader is looking. */
  selectedHere: (id: string) => void;
  /** Brings the selected event's first passage into the panel now (the panel was just opened). */
  showSelected: (behavior: ScrollBehavior) => void;
}

/**
 * Keeps the selected event's first passage in view inside the panel's body (its own scroll
 * container, so a selection made elsewhere never jumps the page): for a selection made in the
 * timeline, the list or the figures, and again once a long article that fills progressively is
 * `complete`. A page opened on an event starts at its words, unanimated.
 */
export function useSelectionInPanel(bodyRef: RefObject<HTMLElement | null>, selectedId: string | null, complete: boolean): SelectionInPanel {
  /** The event last selected by a mark in this panel. */
  const fromHere = useRef<string | null>(null);
  /** False until the first selection has been shown. */
  const shownOnce = useRef(false);

  const showSelected = useCallback(
    (behavior: ScrollBehavior) => {
      const body = bodyRef.current;
      const mark = selectedId === null || !body ? undefined : firstMarkOf(body, selectedId);
      if (body && mark) bringIntoPanel(body, mark, behavior);
    },
    [bodyRef, selectedId],
  );

  useEffect(() => {
    const here = fromHere.current !== null && fromHere.current === selectedId;
    fromHere.current = null;
    if (!here) showSelected(shownOnce.current ? scrollBehavior(prefersReducedMotion()) : 'auto');
    shownOnce.current = true;
  }, [selectedId, showSelected, complete]);

  const selectedHere = useCallback((id: string) => {
    fromHere.current = id;
  }, []);
  return { selectedHere, showSelected };
}
