import type { Page } from '@playwright/test';

/** Counts the nodes React removes from #root from the page's start: hydration removes none. */
export async function watchRoot(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __rootRemovals: number };
    w.__rootRemovals = 0;
    new MutationObserver((records) => {
      for (const record of records) if ((record.target as Element).id === 'root') w.__rootRemovals += record.removedNodes.length;
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The nodes removed from #root so far (`watchRoot` first). */
export const rootRemovals = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __rootRemovals: number }).__rootRemovals);
