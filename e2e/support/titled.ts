import type { Page } from '@playwright/test';

/** One event mark as a reader sees it on screen. */
export interface SeenMark {
  id: string;
  text: string;
  /** Its label begins with the title (or the title's first words, cut with an ellipsis). */
  titled: boolean;
  /** The mark and its label lie wholly inside the plot, and no other label covers its label. */
  whole: boolean;
  selected: boolean;
}

/**
 * What the chart shows, measured on screen: every event mark with whether it reads as its own
 * titled mark (its label is its title, whole or cut between words, wholly inside the plot and
 * clear of every other label), and how many count bubbles there are.
 */
export async function seenMarks(page: Page, titles: ReadonlyMap<string, string>): Promise<{ marks: SeenMark[]; counts: number }> {
  const raw = await page.evaluate(() => {
    const plot = document.querySelector('[data-zoom-surface]')!.getBoundingClientRect();
    const inside = (r: DOMRect) => r.left >= plot.left - 0.5 && r.right <= plot.right + 0.5 && r.top >= plot.top - 0.5 && r.bottom <= plot.bottom + 0.5;
    const marks = Array.from(document.querySelectorAll<HTMLElement>('[data-zoom-surface] .mark[data-event-id]')).map((mark) => {
      const label = mark.querySelector<HTMLElement>('.mark__label')!;
      const shape = mark.querySelector<HTMLElement>('.mark__shape')!;
      return {
        id: mark.dataset.eventId ?? '',
        text: label.textContent ?? '',
        labelBox: label.getBoundingClientRect().toJSON() as DOMRect,
        inside: inside(label.getBoundingClientRect()) && inside(shape.getBoundingClientRect()),
        selected: mark.getAttribute('aria-current') === 'true',
      };
    });
    return { marks, counts: document.querySelectorAll('[data-zoom-surface] [data-cluster-size]').length };
  });
  const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const marks = raw.marks.map((mark) => {
    const title = titles.get(mark.id) ?? '';
    const shown = mark.text.replace(/…$/u, '').split(' · ')[0]!.trim();
    // The whole title, or its first words: never a bare number, never cut inside a word.
    const titled = shown.length > 0 && (shown === title || (mark.text.endsWith('…') && title.startsWith(shown) && /[\s]/u.test(title[shown.length] ?? ' ')));
    const clear = raw.marks.every((other) => other === mark || !overlaps(mark.labelBox, other.labelBox));
    return { id: mark.id, text: mark.text, titled, whole: mark.inside && clear, selected: mark.selected };
  });
  return { marks, counts: raw.counts };
}

/** The ids of the marks a reader sees as titled, whole and in view. */
export const titledIds = (seen: { marks: readonly SeenMark[] }) => seen.marks.filter((mark) => mark.titled && mark.whole).map((mark) => mark.id);

/** Waits until the chart's view stops moving (a transition or a reveal has finished). */
export async function settled(page: Page): Promise<void> {
  const read = () => page.locator('[data-zoom-surface]').evaluate((node) => `${node.getAttribute('data-view-start')} ${node.getAttribute('data-view-end')}`);
  let last = await read();
  for (;;) {
    await page.waitForTimeout(150);
    const next = await read();
    if (next === last) return;
    last = next;
  }
}
