import { isPlainLeftClick, type ClickLike } from '../links/plainClick';

/**
 * How a "show in article" link reaches the article panel without either knowing the other: the
 * link dispatches this DOM event on the passage's element, and the panel, which listens on its
 * root, opens itself if collapsed, scrolls the passage into view and focuses it. Without
 * JavaScript (or before hydration) the same link is a plain in-page anchor to the passage.
 */
export const REVEAL_PASSAGE_EVENT = 'sourceline:reveal-passage';

/** Asks the article panel to reveal and focus the passage with this id. True if it did. */
export function requestReveal(passageElementId: string): boolean {
  const target = document.getElementById(passageElementId);
  if (!target) return false;
  // The panel cancels the event to say it handled it.
  return !target.dispatchEvent(new CustomEvent(REVEAL_PASSAGE_EVENT, { bubbles: true, cancelable: true }));
}

/**
 * The click handler of a "show in article" link: a plain left click reveals the passage in the
 * panel; any other click (new tab, modifier keys) or a missing panel keeps the link's default.
 */
export function revealOnPlainClick(event: ClickLike, passageElementId: string): void {
  if (!isPlainLeftClick(event)) return;
  if (requestReveal(passageElementId)) event.preventDefault();
}
