import type { ReadingPart, ReadingStore } from './readingStore';

/** What a reader clicks to act: a click on one of these before its region is live is kept and passed on. */
const ACTIONABLE = 'a[href], button, [role="button"], [role="link"]';

interface Waking {
  /** Fetches the regions' code (once); settles when it has come or failed. */
  wake: () => Promise<void>;
  /** True when the code could not come: clicks then go to the plain HTML, links navigating. */
  failed: () => boolean;
}

/**
 * Until `part` is live, wakes the regions below the chart when the reader comes to `region` (it
 * enters the viewport, or takes focus), or when the shell's inputs change (the reader selected an
 * event: the detail will show it). A plain click on a link or button in the region meanwhile is
 * held (the prerendered link would otherwise load a page, a button do nothing) and clicked again
 * once the region is live; should the code not come, it is clicked again as plain HTML (a link
 * then loads its page). Returns the function that stops watching.
 */
export function wakeOnApproach(region: HTMLElement, part: ReadingPart, store: ReadingStore, { wake, failed }: Waking): () => void {
  if (store.isReady(part)) return () => undefined;
  let held: HTMLElement | null = null;
  const approach = () => void wake();
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) approach();
  });
  // The region's box is its first child's (its own is `display: contents`).
  observer.observe(region.firstElementChild ?? region);
  const hold = (event: MouseEvent) => {
    if (store.isReady(part) || failed()) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(ACTIONABLE) : null;
    if (!target || !region.contains(target)) return;
    // Before React's own listener (on the page's root) sees it.
    event.preventDefault();
    event.stopPropagation();
    held = target;
    void wake().then(() => {
      if (!failed() || held !== target) return;
      held = null;
      target.click();
    });
  };
  document.addEventListener('click', hold, true);
  region.addEventListener('focusin', approach);
  const unsubscribe = store.subscribe(approach);
  const stop = () => {
    observer.disconnect();
    document.removeEventListener('click', hold, true);
    region.removeEventListener('focusin', approach);
    unsubscribe();
    stopWaiting();
  };
  const stopWaiting = store.onReady(part, () => {
    const target = held;
    held = null;
    stop();
    // After the commit that made it live, so its handlers are attached.
    if (target) setTimeout(() => target.isConnected && target.click(), 0);
  });
  return stop;
}
