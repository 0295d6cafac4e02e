import { isPlainLeftClick, type ClickLike } from '../links/plainClick';

/**
 * How a "show in article" link reaches the article panel without either knowing the other: the
 * link dispatches this DOM event on the passage's element, and the panel, which listens on its
 * root, opens itself if collapsed, scrolls the passage into view and focuses it. Without
 * JavaScript (or before hydration) the same link is a plain in-page anchor to the passage.
 */
export const REVEAL_PASSAGE_EVENT = 'sourceline:reveal-passage';

/**
 * The attribute of a region whose "show in article" links a reader may want to return to, naming
 * the way back ("Back to the event"): the panel offers a link with that name after the passage.
 */
export const REVEAL_RETURN_ATTRIBUTE = 'data-reveal-return';

/** What a reveal request carries: the element it came from, where "back" returns focus. */
export interface RevealDetail {
  origin: HTMLElement | null;
}

/** Asks the article panel to reveal and focus the passage with this id. True if it did. */
export function requestReveal(passageElementId: string, origin: HTMLElement | null = null): boolean {
  const target = document.getElementById(passageElementId);
  if (!target) return false;
  // The panel cancels the event to say it handled it.
  return !target.dispatchEvent(new CustomEvent<RevealDetail>(REVEAL_PASSAGE_EVENT, { bubbles: true, cancelable: true, detail: { origin } }));
}

/**
 * The click handler of a "show in article" link: a plain left click reveals the passage in the
 * panel; any other click (new tab, modifier keys) or a missing panel keeps the link's default.
 */
export function revealOnPlainClick(event: ClickLike & { currentTarget?: EventTarget | null }, passageElementId: string): void {
  if (!isPlainLeftClick(event)) return;
  const origin = event.currentTarget instanceof HTMLElement ? event.currentTarget : null;
  if (requestReveal(passageElementId, origin)) event.preventDefault();
}
