/** The parts of a mouse event that say whether it was a plain click. */
export interface ClickLike {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  preventDefault: () => void;
}

/**
 * True for a plain primary click (or Enter on a focused link, which browsers report as one).
 * Links to events handle only these in the page; a middle click, Ctrl/Cmd-click or Shift-click
 * keeps the browser's own behaviour (new tab, new window), so every event link stays a real link.
 */
export function isPlainLeftClick(event: ClickLike): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && !event.defaultPrevented;
}

/** The click handler of a link to an event: a plain click selects it in the page instead of navigating. */
export function selectOnPlainClick(event: ClickLike, select: () => void): void {
  if (!isPlainLeftClick(event)) return;
  event.preventDefault();
  select();
}
