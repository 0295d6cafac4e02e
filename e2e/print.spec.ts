import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PRINT_WIDTH } from '../src/features/timeline/model/metrics';

/**
 * Printing: the story's title, the chart fitting the page, the selected event, the figures and
 * the whole list of events with their quotes, the source, on paper's light colours whatever the
 * screen's scheme, and no control that only works on a screen.
 */

const timeline = JSON.parse(readFileSync(new URL('../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as {
  story: { title: string };
  events: { id: string; title: string; quotes: { text: string }[] }[];
};

/** The text width of a US Letter page with 15 mm margins, in CSS pixels. */
const LETTER_TEXT_WIDTH = Math.floor(8.5 * 96 - 2 * (15 / 25.4) * 96);

/**
 * Every control shown on paper that only works on a screen. The chart's marks are the chart, an
 * event's title in the list is its heading, and "inferred" labels a date: those stay.
 */
async function printedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CONTROLS = 'button, input, select, textarea, summary, [role="slider"], .skip-link, .detail-quote__show, .figure-source__show, .article__return';
    const KEPT = '.mark, .cluster, .event-card__title .link-button, .inferred__badge';
    return Array.from(document.querySelectorAll<HTMLElement>(CONTROLS))
      .filter((element) => !element.matches(KEPT) && element.checkVisibility({ checkVisibilityCSS: true }))
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> ${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}`);
  });
}

test.describe('printed', () => {
  test.use({ viewport: { width: LETTER_TEXT_WIDTH, height: 1000 }, colorScheme: 'dark' });

  test('an event’s page: title, chart within the page, the event, every event with its quotes, the source; light colours; no controls', async ({ page }, testInfo) => {
    await page.goto('events/latest-exchange/');
    await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(timeline.story.title);
    // Paper gets the light scheme even from a screen set to dark.
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(22, 24, 29)');

    // The chart, all of it inside the page's width.
    const chart = page.locator('figure.timeline');
    await expect(chart).toBeVisible();
    const widths = await chart.evaluate((figure) => {
      const box = figure.getBoundingClientRect();
      const drawing = figure.querySelector('.timeline__body')?.getBoundingClientRect();
      return { page: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth, figure: box.right, drawing: drawing?.right ?? Infinity };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.page);
    expect(widths.drawing).toBeLessThanOrEqual(widths.figure + 0.5);
    await expect(chart.locator('figcaption')).toContainText(`Source: the article “${timeline.story.title}”`);
    await expect(chart.locator('.timeline__howto')).toBeHidden();

    // The selected event, and every event with every quote.
    await expect(page.locator('#event-detail h3')).toHaveText('The latest exchange of hostages and prisoners');
    for (const event of timeline.events) {
      const item = page.locator(`[data-list-event-id="${event.id}"]`);
      await expect(item.getByRole('heading', { name: event.title })).toBeVisible();
      for (const quote of event.quotes) await expect(item.locator('blockquote', { hasText: quote.text })).toBeVisible();
    }
    await expect(page.getByRole('contentinfo')).toContainText('Source: the article');

    expect(await printedControls(page)).toEqual([]);
    await testInfo.attach('print', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });

  test('the main page leaves out the empty event panel and the article', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#event-detail')).toBeHidden();
    await expect(page.locator('.article-panel')).toBeHidden();
    await expect(page.locator('.event-list')).toBeVisible();
    expect(await printedControls(page)).toEqual([]);
  });
});

test('the PDF has a sane number of pages, and the chart is drawn for the paper while it prints', async ({ page }) => {
  await page.goto('events/latest-exchange/');
  await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
  const screenWidth = await page.locator('figure.timeline').evaluate((figure) => (figure as HTMLElement).style.getPropertyValue('--drawn-width'));
  // Listening after the app, this sees the chart as the app left it for printing.
  await page.evaluate(() => {
    addEventListener('beforeprint', () => {
      (window as unknown as { printedWidth: string }).printedWidth = (document.querySelector('figure.timeline') as HTMLElement).style.getPropertyValue('--drawn-width');
    });
  });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    // The list of every event with its quotes takes a few pages; a broken layout takes dozens, or one.
    expect(pages, format).toBeGreaterThanOrEqual(3);
    expect(pages, format).toBeLessThanOrEqual(12);
    expect(await page.evaluate(() => (window as unknown as { printedWidth: string }).printedWidth)).toBe(`${PRINT_WIDTH}px`);
  }
  // Back on screen, the chart is drawn for its box again.
  await expect.poll(() => page.locator('figure.timeline').evaluate((figure) => (figure as HTMLElement).style.getPropertyValue('--drawn-width'))).toBe(screenWidth);
});
