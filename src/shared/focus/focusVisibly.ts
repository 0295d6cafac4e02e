/**
 * Moves focus to `element` and asks the browser to show it. Where script moves focus after a
 * pointer click, WebKit (Safari, every iPhone browser) decides the move was by pointer and draws
 * no focus ring, so a reader who clicked "Show in article", or clicked a mark and then pressed an
 * arrow key, could not see where focus went; Chromium and Firefox show it. `focusVisible` asks
 * every engine for the ring. (TypeScript's DOM types do not know the option yet.)
 */
export function focusVisibly(element: HTMLElement, options: FocusOptions = {}): void {
  element.focus({ ...options, focusVisible: true } as FocusOptions);
}
