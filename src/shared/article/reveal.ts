import { isPlainLeftClick, type ClickLike } from '../links/plainClick';
import type { PassageId } from './passages';

/**
 * How a "show in article" link reaches the article panel, and the reader gets back, without
 * either knowing the other's elements. Both ends import this module:
 * - a link asks for a passage (`requestReveal`, `revealOnPlainClick`); the panel hears it
 *   (`onRevealRequest`), opens itself if collapsed, scrolls the passage into view and focuses it.
 *   Without JavaScript (or before hydration) the same link is a plain in-page anchor to the passage;
 * - a region whose links a reader may want to return to names the way back (`wayBackFrom`); the
 *   panel offers a link with that name right after the words (`wayBackLabel`), as a footnote does.
 */

/** The DOM event a reveal request travels as, dispatched on the passage's element and heard on the panel. */
const REVEAL_PASSAGE_EVENT = 'sourceline:reveal-passage';

/** The attribute of a region naming the way back to it. */
const WAY_BACK_ATTRIBUTE = 'data-reveal-return';

/** What a reveal request carries: the element it came from, where "back" returns focus. */
interface RevealDetail {
  origin: HTMLElement | null;
}

/** Asks the article panel to reveal and focus the passage. True if it did. */
export function requestReveal(passage: PassageId, origin: HTMLElement | null = null): boolean {
  const target = document.getElementById(passage);
  if (!target) return false;
  // The panel cancels the event to say it handled it.
  return !target.dispatchEvent(new CustomEvent<RevealDetail>(REVEAL_PASSAGE_EVENT, { bubbles: true, cancelable: true, detail: { origin } }));
}

/**
 * The click handler of a "show in article" link: a plain left click reveals the passage in the
 * panel; any other click (new tab, modifier keys) or a missing panel keeps the link's default.
 */
export function revealOnPlainClick(event: ClickLike & { currentTarget?: EventTarget | null }, passage: PassageId): void {
  if (!isPlainLeftClick(event)) return;
  const origin = event.currentTarget instanceof HTMLElement ? event.currentTarget : null;
  if (requestReveal(passage, origin)) event.preventDefault();
}

/**
 * The panel's side: `reveal` is called with the passage's element and the link the reader came
 * from, for every request made inside `root`; the request is then handled. Returns the unsubscribe.
 */
export function onRevealRequest(root: HTMLElement, reveal: (passage: HTMLElement, origin: HTMLElement | null) => void): () => void {
  const listener = (event: Event) => {
    if (!(event.target instanceof HTMLElement)) return;
    event.preventDefault();
    reveal(event.target, event instanceof CustomEvent ? ((event.detail as RevealDetail | null)?.origin ?? null) : null);
  };
  root.addEventListener(REVEAL_PASSAGE_EVENT, listener);
  return () => root.removeEventListener(REVEAL_PASSAGE_EVENT, listener);
}

/** The attributes of a region whose "show in article" links a reader may want to return from, with the way back's name ("Back to the event"). */
export function wayBackFrom(label: string): Record<typeof WAY_BACK_ATTRIBUTE, string> {
  return { [WAY_BACK_ATTRIBUTE]: label };
}

/** The name of the way back to the region a link is in, or null when its region offers none. */
export function wayBackLabel(origin: HTMLElement | null): string | null {
  return origin?.closest(`[${WAY_BACK_ATTRIBUTE}]`)?.getAttribute(WAY_BACK_ATTRIBUTE) ?? null;
}
