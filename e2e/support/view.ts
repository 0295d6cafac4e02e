import type { Page } from '@playwright/test';

/** The chart's zoom surface, which says the view it draws in its data attributes. */
export const surface = (page: Page) => page.locator('[data-zoom-surface]');

/** The view the chart shows, from the zoom surface's data attributes. */
export async function viewOf(page: Page): Promise<{ start: number; end: number; span: number }> {
  const [start, end] = await surface(page).evaluate((node) => [node.getAttribute('data-view-start'), node.getAttribute('data-view-end')]);
  const s = Date.parse(start ?? '');
  const e = Date.parse(end ?? '');
  return { start: s, end: e, span: e - s };
}

/** The view once any transition has finished: two reads a few frames apart agree. */
export async function settledView(page: Page) {
  let last = await viewOf(page);
  for (;;) {
    await page.waitForTimeout(120);
    const next = await viewOf(page);
    if (next.start === last.start && next.end === last.end) return next;
    last = next;
  }
}
