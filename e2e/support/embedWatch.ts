import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { APP_BASE, HOST_ORIGIN, SITE_BASE } from './ports';

/**
 * Records every request and console error of a page and all its frames (the embed's included),
 * so a test can say that nothing went to a third origin and nothing went wrong.
 */
export function watchPage(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.location().url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    requests,
    errors,
    /** Only the app's origin and the host page's own were asked for anything, and the app was. */
    expectOnlyOwnOrigins() {
      const allowed = new Set([new URL(APP_BASE).origin, HOST_ORIGIN]);
      const foreign = requests.filter((url) => !url.startsWith('data:') && !allowed.has(new URL(url).origin));
      expect(foreign).toEqual([]);
      // The check means something only if the embed's own files were seen.
      expect(requests.some((url) => url.startsWith(SITE_BASE) && /\/assets\/.+\.js$/.test(url))).toBe(true);
    },
    expectNoErrors() {
      expect(errors).toEqual([]);
    },
  };
}

/** Selects an event inside an embed from its list of events, the keyboard-and-pointer path that is always there. */
export async function selectInEmbed(frame: FrameLocator, id: string): Promise<void> {
  const list = frame.locator('.embed-layout__list');
  if ((await list.getAttribute('open')) === null) await list.locator('summary').click();
  await frame.locator(`[data-list-event-id="${id}"] .event-card__title button`).click();
}

/** The event selected inside an embed, by its list. */
export function selectedInEmbed(frame: FrameLocator) {
  return frame.locator('[data-list-event-id][aria-current="true"]');
}

/** The iframe's height, as laid out in the host page, and its content's height, in CSS pixels. */
export async function heights(page: Page, iframeSelector: string) {
  const box = await page.locator(iframeSelector).boundingBox();
  const content = await page
    .frameLocator(iframeSelector)
    .locator('body')
    .evaluate((body) => ({ body: Math.ceil(body.getBoundingClientRect().height), scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
  return { iframe: Math.round(box?.height ?? 0), ...content };
}

/**
 * A plain wheel (no Ctrl) over `target`, a part of the embed in `iframeSelector`, scrolls the host
 * page. The iframe is brought into view first: Chromium does not draw a cross-origin iframe that is
 * off screen, so nothing inside it can be pointed at until it is on screen.
 */
export async function expectWheelScrollsPage(page: Page, iframeSelector: string, target: Locator) {
  await page.locator(iframeSelector).scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollBy(0, 40));
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('the wheel target is not laid out');
  const before = await page.evaluate(() => scrollY);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  await page.mouse.wheel(0, 240);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
}
