import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { statesNumber } from '../src/shared/text/numbers';

interface RawFigure {
  value: number;
  unit: string;
  label: string;
  qualifier?: string;
  scope?: string;
}
interface RawEvent {
  id: string;
  kind: string;
  title: string;
  figures: RawFigure[];
  quotes: { text: string; start: number; end: number }[];
}

const timeline = JSON.parse(readFileSync(new URL('../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as { events: RawEvent[] };
const byId = (id: string): RawEvent => {
  const event = timeline.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the data`);
  return event;
};
/** The figures the figures section must show: every figure of an exchange, figure-number or violence event. */
const FIGURE_KINDS = new Set(['exchange', 'casualties', 'violence']);
const figureEvents = timeline.events.filter((e) => FIGURE_KINDS.has(e.kind) && e.figures.length > 0);
const numberOf = (text: string | null) => Number((text ?? '').replaceAll(',', ''));

/** The event a link points at, whichever URL form the shell gives events (`events/<id>/` or `?event=<id>`). */
function eventIdOf(href: string | null, pageUrl: string): string | null {
  if (href === null) return null;
  const url = new URL(href, pageUrl);
  return /\/events\/([a-z0-9-]+)\/$/.exec(url.pathname)?.[1] ?? url.searchParams.get('event');
}

const panelBody = (page: Page) => page.locator('.article-panel__body');
const detail = (page: Page) => page.locator('#event-detail');
const figures = (page: Page) => page.locator('section.figures');
const marksOf = (page: Page, id: string) => page.locator(`mark[data-event-ids~="${id}"]`);

async function selectFromList(page: Page, id: string) {
  const item = page.locator(`[data-list-event-id="${id}"]`);
  await item.getByRole('button', { name: byId(id).title }).click();
  await expect(item).toHaveAttribute('aria-current', 'true');
}

/** True when the element lies wholly inside the article panel's visible scroll area. */
async function insidePanel(page: Page, target: Locator): Promise<boolean> {
  const box = await panelBody(page).boundingBox();
  const mark = await target.boundingBox();
  if (!box || !mark) return false;
  return mark.y >= box.y - 1 && mark.y + mark.height <= box.y + box.height + 1;
}

test.describe('linked quotes', () => {
  test('selecting an event from the list marks its quotes as current and scrolls them into the panel, not the page', async ({ page }) => {
    await page.goto('./');
    const event = byId('residents-hope-for-extension'); // the article's last paragraph
    const listButton = page.locator(`[data-list-event-id="${event.id}"]`).getByRole('button', { name: event.title });
    await listButton.scrollIntoViewIfNeeded();
    expect(await panelBody(page).evaluate((el) => el.scrollTop)).toBe(0);

    await selectFromList(page, event.id);
    const current = page.locator('mark[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText(event.quotes[0]?.text ?? '');
    await expect.poll(() => insidePanel(page, current.first())).toBe(true);
    expect(await panelBody(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // The reader's place in the list stays where it was: the panel scrolled, the page did not jump to it.
    await expect(listButton).toBeInViewport();

    // Scrolled to the panel, the marked words are on screen.
    await page.locator('.article-panel').scrollIntoViewIfNeeded();
    await expect(current).toBeInViewport();
  });

  test('every quote of the selected event is marked, and only those', async ({ page }) => {
    await page.goto('./');
    await selectFromList(page, 'latest-exchange');
    const inTextOrder = [...byId('latest-exchange').quotes].sort((a, b) => a.start - b.start).map((q) => q.text);
    // Each region below the chart comes to life on its own: the article may show the selection a moment after the list.
    await expect(page.locator('mark[aria-current="true"] .quote-mark__link')).toHaveCount(inTextOrder.length);
    const texts = await page.locator('mark[aria-current="true"] .quote-mark__link').allTextContents();
    expect(texts).toEqual(inTextOrder);
    await expect(marksOf(page, 'west-bank-deaths').first()).not.toHaveAttribute('aria-current', 'true');
  });

  test('activating a mark selects its event, without moving the panel', async ({ page }) => {
    await page.goto('./');
    const event = byId('israel-not-responded');
    const mark = page.getByRole('link', { name: event.quotes[0]?.text ?? '' });
    await mark.click();
    await expect(detail(page).getByRole('heading', { level: 3 })).toHaveText(event.title);
    await expect(mark).toHaveAttribute('aria-current', 'true');
    await expect(page.locator(`[data-list-event-id="${event.id}"]`)).toHaveAttribute('aria-current', 'true');
    expect(await panelBody(page).evaluate((el) => el.scrollTop)).toBe(0);
    // A real link: it points at the event's own URL.
    expect(eventIdOf(await mark.getAttribute('href'), page.url())).toBe(event.id);
  });

  test('a passage quoted by two events offers both', async ({ page }) => {
    await page.goto('./');
    const [first, second] = [byId('initial-truce'), byId('exchange-totals')];
    const shared = first.quotes.find((q) => second.quotes.some((o) => o.start === q.start && o.end === q.end));
    if (!shared) throw new Error('the data no longer has a passage quoted by both events');

    const mark = page.locator('mark', { has: page.getByRole('link', { name: shared.text, exact: true }) });
    await expect(mark).toHaveAttribute('data-event-ids', `${first.id} ${second.id}`);
    const toggle = mark.getByRole('button', { name: '2 events quote this passage' });
    await toggle.click();
    const menu = mark.getByRole('group', { name: 'Events quoting this passage' });
    await expect(menu.getByRole('link')).toHaveCount(2);
    expect(eventIdOf(await menu.getByRole('link', { name: new RegExp(first.title) }).getAttribute('href'), page.url())).toBe(first.id);
    await menu.getByRole('link', { name: new RegExp(second.title) }).click();
    await expect(detail(page).getByRole('heading', { level: 3 })).toHaveText(second.title);
    await expect(menu).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(mark).toHaveAttribute('aria-current', 'true');

    await toggle.click();
    await expect(menu.getByRole('link', { name: new RegExp(second.title) })).toHaveAttribute('aria-current', 'true');
    await menu.getByRole('link', { name: new RegExp(first.title) }).click();
    await expect(detail(page).getByRole('heading', { level: 3 })).toHaveText(first.title);
  });

  test('the figures section shows exactly the figures of the data, each linked to its event', async ({ page }) => {
    await page.goto('./');
    const links = figures(page).locator('a.figure-link');
    const expected = figureEvents.flatMap((e) => e.figures.map((f) => ({ id: e.id, figure: f })));
    await expect(links).toHaveCount(expected.length);
    const shown = (
      await links.evaluateAll((nodes) =>
        nodes.map((a) => ({ href: a.getAttribute('href'), value: a.querySelector('.figure-value')?.textContent ?? null, text: a.textContent })),
      )
    ).map((s) => ({ ...s, id: eventIdOf(s.href, page.url()) }));
    expect(shown.map((s) => `${s.id} ${numberOf(s.value)}`).sort()).toEqual(expected.map((x) => `${x.id} ${x.figure.value}`).sort());
    for (const { id, figure } of expected) {
      const phrase = [figure.qualifier, figure.value.toLocaleString('en-GB'), figure.unit, figure.label, figure.scope].filter(Boolean).join(' ');
      expect(shown.some((s) => s.id === id && s.text?.replace(/\s+/g, ' ').trim() === phrase), phrase).toBe(true);
    }
    // Every number in the section is one of these figures, or a date or scope the data states.
    const allText = (await figures(page).innerText()).replace(/\d{1,2}(–\d{1,2})? November 2023/g, '');
    const dataNumbers = new Set(
      expected.flatMap(({ figure }) => [figure.value, ...`${figure.scope ?? ''}`.match(/\d+/g)?.map(Number) ?? []]),
    );
    for (const n of allText.match(/\d[\d,]*/g) ?? []) expect(dataNumbers.has(numberOf(n)), `number ${n} in the figures section`).toBe(true);
  });

  test('the detail shows each event’s figures exactly as the data has them', async ({ page }) => {
    await page.goto('./');
    for (const event of timeline.events.filter((e) => e.figures.length > 0)) {
      await selectFromList(page, event.id);
      await expect(detail(page).getByRole('heading', { level: 3 })).toHaveText(event.title);
      const values = await detail(page).locator('[data-figure-value]').allTextContents();
      expect(values.map(numberOf), event.id).toEqual(event.figures.map((f) => f.value));
      // Read as shown, on screen: what lies below the chart is laid out when it comes into view.
      await detail(page).scrollIntoViewIfNeeded();
      await expect(detail(page).locator('.big-figure__main'), event.id).toHaveText(
        event.figures.map((f) => [f.qualifier, f.value.toLocaleString('en-GB'), f.unit].filter(Boolean).join(' ')),
        { useInnerText: true },
      );
    }
  });

  test('no figure is shown without its quote one click away', async ({ page }) => {
    await page.goto('./');
    const links = figures(page).locator('a.figure-link');
    await expect(links.first()).toBeVisible();
    const count = await links.count();
    expect(count).toBe(figureEvents.flatMap((e) => e.figures).length);
    for (let i = 0; i < count; i += 1) {
      const link = links.nth(i);
      const id = eventIdOf(await link.getAttribute('href'), page.url()) ?? '';
      const value = numberOf(await link.locator('.figure-value').textContent());
      await link.click();
      // One click: the words that state the number are under it, and in the detail.
      const holder = link.locator('xpath=ancestor::*[contains(@class,"bar-group") or contains(@class,"figure-number")][1]');
      // The figures' code may still be on its way at the first click, which then acts when it comes.
      await expect(holder.locator('.figure-source blockquote').first()).toBeVisible();
      const quotes = await holder.locator('.figure-source blockquote').allInnerTexts();
      const eventQuotes = byId(id).quotes.map((q) => q.text);
      expect(quotes.length, `${id} ${value}`).toBeGreaterThan(0);
      for (const q of quotes) expect(eventQuotes).toContain(q);
      expect(quotes.some((q) => statesNumber(q, value)), `${id} ${value} is stated in a quote shown`).toBe(true);
      const detailQuotes = await detail(page).locator('blockquote').allInnerTexts();
      expect(detailQuotes.some((q) => statesNumber(q, value))).toBe(true);
    }
  });

  test('each figure in the detail links to the words that state it in the article', async ({ page }) => {
    await page.goto('./');
    await selectFromList(page, 'latest-exchange');
    const sources = detail(page).locator('.big-figure__source a');
    await expect(sources).toHaveCount(byId('latest-exchange').figures.length);
    const fourth = sources.nth(3);
    await fourth.click();
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('id', (await fourth.getAttribute('href'))?.slice(1) ?? '');
    await expect(focused).toHaveText(byId('latest-exchange').quotes[1]?.text ?? '');
    await expect(focused).toBeInViewport();
  });

  test('keyboard only: Tab to a mark and Enter selects; Show in article moves focus to the mark', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('mark').first()).toBeVisible();
    let inMark = false;
    for (let i = 0; i < 80 && !inMark; i += 1) {
      await page.keyboard.press('Tab');
      inMark = await page.evaluate(() => document.activeElement?.matches('mark > a') ?? false);
    }
    expect(inMark).toBe(true);
    const ids = await page.evaluate(() => document.activeElement?.closest('mark')?.getAttribute('data-event-ids') ?? '');
    const event = byId(ids.split(' ')[0] ?? '');
    await page.keyboard.press('Enter');
    await expect(detail(page).getByRole('heading', { level: 3 })).toHaveText(event.title);
    await expect(page.locator(':focus')).toHaveAttribute('aria-current', 'true');

    // Back to the detail with Shift+Tab, to its "Show in article" link.
    let onShow = false;
    for (let i = 0; i < 80 && !onShow; i += 1) {
      await page.keyboard.press('Shift+Tab');
      onShow = await page.evaluate(() => document.activeElement?.textContent?.startsWith('Show in article') ?? false);
    }
    expect(onShow).toBe(true);
    const target = (await page.locator(':focus').getAttribute('href'))?.slice(1) ?? '';
    await page.keyboard.press('Enter');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('id', target);
    await expect(focused.locator('xpath=ancestor::mark[1]')).toHaveAttribute('aria-current', 'true');
    await expect(focused).toBeInViewport();
  });

  test('keyboard only: a shared passage’s menu opens, selects and closes with keys', async ({ page }) => {
    await page.goto('./');
    const toggle = page.getByRole('button', { name: '2 events quote this passage' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('group', { name: 'Events quoting this passage' });
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(toggle).toBeFocused();

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(detail(page).getByRole('heading', { level: 3 })).toHaveText(byId('exchange-totals').title);
    await expect(toggle).toBeFocused();
  });

  test('announces a change of selection politely, in one sentence', async ({ page }) => {
    await page.goto('./');
    const live = detail(page).locator('[aria-live="polite"]');
    await expect(live).toHaveText('');
    await selectFromList(page, 'truce-extension');
    await expect(live).toHaveText('Selected: The truce is extended for three days, 28–30 November 2023');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the article is collapsed until "Show in article" opens it at the words', async ({ page }) => {
    await page.goto('./');
    const toggle = page.getByRole('button', { name: 'Show the article' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panelBody(page)).toBeHidden();

    await selectFromList(page, 'jerusalem-shooting');
    await expect(panelBody(page)).toBeHidden();
    await detail(page).getByRole('link', { name: /^Show in article/ }).click();
    await expect(page.getByRole('button', { name: 'Hide the article' })).toHaveAttribute('aria-expanded', 'true');
    const focused = page.locator(':focus');
    await expect(focused).toHaveText(byId('jerusalem-shooting').quotes[0]?.text ?? '');
    await expect(focused).toBeInViewport();
    // From the marked words, the event is one link away.
    await expect(page.locator('.article-panel__status')).toContainText(byId('jerusalem-shooting').title);
    await page.locator('.article-panel__status').getByRole('link', { name: 'Event detail' }).click();
    await expect(detail(page)).toBeFocused();
    await expect(detail(page)).toBeInViewport();
  });

  test('the reading area fits a 320 px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('./');
    await selectFromList(page, 'latest-exchange');
    await page.getByRole('button', { name: 'Show the article' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});
