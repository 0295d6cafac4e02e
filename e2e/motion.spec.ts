import { expect, test, type Page } from '@playwright/test';
import { HOST_ORIGIN } from './support/ports';

/**
 * prefers-reduced-motion: the chart jumps to a new view instead of animating to it, and the
 * article panel, the page and a news page embedding the app scroll at once. Each is checked both
 * ways, so the check can tell an animation from a jump.
 */

/** Every value the chart's view takes while `act` runs and the chart settles. */
async function viewsDuring(page: Page, act: () => Promise<void>): Promise<string[]> {
  await page.evaluate(() => {
    const surface = document.querySelector('[data-zoom-surface]');
    const seen: string[] = [];
    (window as unknown as { views: string[] }).views = seen;
    new MutationObserver(() => seen.push(surface?.getAttribute('data-view-start') ?? '')).observe(surface!, { attributes: true, attributeFilter: ['data-view-start'] });
  });
  await act();
  await page.waitForTimeout(600);
  return page.evaluate(() => (window as unknown as { views: string[] }).views);
}

/**
 * Every scroll position `target` (a CSS selector, or the window) passes through while `act` runs
 * and the scroll settles: from the first scroll (which may wait for a region's code to come, on a
 * busy machine) until none has come for half a second.
 */
async function scrollsDuring(page: Page, target: string | null, act: () => Promise<void>): Promise<number[]> {
  await page.evaluate((selector) => {
    const state = { seen: [] as number[], last: 0 };
    (window as unknown as { scrolls: typeof state }).scrolls = state;
    const element = selector ? document.querySelector(selector) : null;
    (element ?? window).addEventListener('scroll', () => {
      state.seen.push(element ? element.scrollTop : window.scrollY);
      state.last = performance.now();
    });
  }, target);
  await act();
  const scrolls = () => page.evaluate(() => (window as unknown as { scrolls: { seen: number[]; last: number } }).scrolls);
  await expect.poll(async () => (await scrolls()).seen.length, { timeout: 10_000 }).toBeGreaterThan(0);
  await expect.poll(async () => page.evaluate(() => performance.now() - (window as unknown as { scrolls: { last: number } }).scrolls.last), { timeout: 10_000 }).toBeGreaterThan(500);
  return [...new Set((await scrolls()).seen)];
}

async function ready(page: Page) {
  await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
}

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  const reduced = reducedMotion === 'reduce';
  test.describe(`prefers-reduced-motion: ${reducedMotion}`, () => {
    test.use({ reducedMotion });

    test(`the zoom buttons and keys ${reduced ? 'jump' : 'animate'} to the new view`, async ({ page }) => {
      await page.goto('./');
      await ready(page);
      const byKey = await viewsDuring(page, async () => {
        await page.locator('[data-stop-key][tabindex="0"]').focus();
        await page.keyboard.press('+');
      });
      const byButton = await viewsDuring(page, () => page.getByRole('button', { name: 'Zoom out' }).click());
      if (reduced) {
        expect(byButton).toHaveLength(1);
        expect(byKey).toHaveLength(1);
      } else {
        expect(byButton.length).toBeGreaterThan(2);
        expect(byKey.length).toBeGreaterThan(2);
      }
    });

    test(`a double-click zooms ${reduced ? 'at once' : 'smoothly'}`, async ({ page }) => {
      await page.goto('./');
      await ready(page);
      // The chart's foot (its axis) on screen, where a double-click lands on no mark.
      await page.locator('[data-zoom-surface]').evaluate((node) => node.scrollIntoView({ block: 'end' }));
      const box = await page.locator('[data-zoom-surface]').boundingBox();
      if (!box) throw new Error('no chart');
      // The gestures load with the reader's first pointer movement.
      await page.mouse.move(5, 5);
      await expect(page.locator('[data-zoom-surface]')).toHaveAttribute('data-gestures', 'ready');
      const views = await viewsDuring(page, () => page.mouse.dblclick(box.x + box.width / 2, box.y + box.height - 8));
      if (reduced) expect(views).toHaveLength(1);
      else expect(views.length).toBeGreaterThan(2);
    });

    test(`the article panel and "Show in article" scroll ${reduced ? 'at once' : 'smoothly'}`, async ({ page }) => {
      await page.goto('./');
      await ready(page);
      // The last paragraph's event: its words are far down the panel.
      const inPanel = await scrollsDuring(page, '.article-panel__body', () => page.locator('[data-list-event-id="residents-hope-for-extension"] .event-card__title button').click());
      // The link on screen first, so the click itself scrolls nothing.
      const show = page.locator('#event-detail').getByRole('link', { name: /^Show in article/ }).first();
      await show.scrollIntoViewIfNeeded();
      const inPage = await scrollsDuring(page, null, () => show.click());
      if (reduced) {
        expect(inPanel).toHaveLength(1);
        // The page may settle in a second step (the sticky panel beside it moves with the page) and,
        // on a busy machine, a third (the regions below the chart laying themselves out as they come
        // near the screen), never in a glide, which takes a position a frame.
        expect(inPage.length).toBeLessThanOrEqual(3);
      } else {
        expect(inPanel.length).toBeGreaterThan(2);
        expect(inPage.length).toBeGreaterThan(2);
      }
    });
  });
}

test.describe('a news page that scrolls smoothly', () => {
  test.use({ reducedMotion: 'reduce' });

  test('is brought to a deep-linked event at once by embed.js', async ({ page }) => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => document.documentElement.style.setProperty('scroll-behavior', 'smooth'));
      const seen: number[] = [];
      (window as unknown as { scrolls: number[] }).scrolls = seen;
      addEventListener('scroll', () => seen.push(scrollY));
    });
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${HOST_ORIGIN}/script.html#sourceline-2=latest-exchange`);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await page.waitForTimeout(800);
    const positions = await page.evaluate(() => [...new Set((window as unknown as { scrolls: number[] }).scrolls)]);
    // Jumps (the embed into view, its event's detail to the top, the page keeping its place as an
    // embed above grows), never a glide through dozens of positions.
    expect(positions.length).toBeLessThanOrEqual(4);
  });
});
