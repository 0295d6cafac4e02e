import { expect, test, type Locator, type Page } from '@playwright/test';
import { focusState, liveRegionTexts } from './support/a11y';
import { APP_BASE } from './support/ports';
import { CROWD_SIZE, SAME_MOMENT_VIEW, serveCrowdTimeline } from './support/crowd';

/**
 * The whole story by keyboard alone, with no pointer at all: skip to the timeline, move through the
 * events with the arrow keys, select one, read its detail and quotes, go to its words in the
 * article and back, copy its link, zoom with + and − and reset, and copy the embed code. After
 * every key, focus must be on a real element (never the page's body) and show a focus ring.
 */

const surface = (page: Page) => page.locator('[data-zoom-surface]');

async function viewSpan(page: Page): Promise<number> {
  const [start, end] = await surface(page).evaluate((node) => [node.getAttribute('data-view-start'), node.getAttribute('data-view-end')]);
  return Date.parse(end ?? '') - Date.parse(start ?? '');
}

/**
 * The view's span once the view is at rest: a zoom by key is animated, and a span read while it
 * runs is neither where it started nor where it is going. At rest, two reads 100 ms apart agree.
 */
async function restingSpan(page: Page): Promise<number> {
  let last = Number.NaN;
  await expect
    .poll(
      async () => {
        const now = await viewSpan(page);
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [100] },
    )
    .toBe(true);
  return last;
}

/** Presses a key and checks that focus then sits on a real element and shows a focus ring. */
async function press(page: Page, key: string, trail: string[]): Promise<void> {
  await page.keyboard.press(key);
  const focus = await focusState(page);
  trail.push(`${key} → ${focus.element} (${focus.outline})`);
  expect(focus.onBody, `focus was lost to <body> after ${trail.join('\n')}`).toBe(false);
  expect(focus.visible, `no visible focus ring on ${focus.element} after:\n${trail.join('\n')}`).toBe(true);
}

/** Presses `key` until `target` has focus, checking focus after every press; fails after `most` presses. */
async function pressUntil(page: Page, key: string, target: Locator, trail: string[], most = 40): Promise<void> {
  const focused = async () => (await target.count()) === 1 && (await target.evaluate((element) => element === document.activeElement));
  for (let i = 0; i < most && !(await focused()); i += 1) await press(page, key, trail);
  await expect(target, `focus never reached it:\n${trail.join('\n')}`).toBeFocused();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`keyboard only, ${colorScheme}: skip link, marks, detail, article and back, copy link, zoom, embed code`, async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    // Any pointer or mouse event in the page would mean the journey did not use the keyboard alone.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { pointerEvents: string[] }).pointerEvents = seen;
      for (const type of ['pointerdown', 'mousedown', 'pointermove', 'wheel']) addEventListener(type, (event) => event.isTrusted && seen.push(type), true);
    });
    const trail: string[] = [];
    await page.goto('./');
    await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();

    // The skip link is the first stop, shown when focused, and leads to the timeline.
    await press(page, 'Tab', trail);
    const skip = page.getByRole('link', { name: 'Skip to the timeline' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await press(page, 'Enter', trail);
    await expect(page.locator('#timeline')).toBeFocused();
    await expect(page).not.toHaveURL(/#/);

    // Into the chart: the zoom buttons, then the marks' one tab stop.
    await press(page, 'Tab', trail);
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeFocused();
    const marks = page.locator('[data-stop-key]');
    await pressUntil(page, 'Tab', page.locator('[data-stop-key][tabindex="0"]'), trail, 5);

    // Arrow keys through the events, to a single event; Enter selects it.
    await pressUntil(page, 'ArrowRight', page.locator('[data-event-id]:focus'), trail, 12);
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? '');
    expect(id).not.toBe('');
    const title = (await page.locator(`[data-list-event-id="${id}"] .event-card__title`).textContent()) ?? '';
    const livesBefore = await liveRegionTexts(page);
    await press(page, 'Enter', trail);
    await expect(page.locator('#event-detail h3')).toHaveText(title);
    await expect(page.locator(`[data-event-id="${id}"]`)).toBeFocused();
    // Said once, politely, in one short sentence.
    const livesAfter = await liveRegionTexts(page);
    const changed = livesAfter.filter((text, index) => text !== '' && text !== livesBefore[index]);
    expect(changed).toEqual([expect.stringMatching(new RegExp(`^Selected: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `))]);
    expect(await marks.count()).toBeGreaterThan(0);

    // The detail and its quotes are next in the tab order.
    const detail = page.locator('#event-detail');
    await pressUntil(page, 'Tab', detail.getByRole('button', { name: 'Copy link' }), trail, 6);
    const show = detail.getByRole('link', { name: /^Show in article/ }).first();
    await pressUntil(page, 'Tab', show, trail, 20);
    await expect(detail.locator('blockquote').first()).toBeVisible();

    // To the words in the article, and back.
    const passage = ((await show.getAttribute('href')) ?? '').slice(1);
    await press(page, 'Enter', trail);
    await expect(page.locator(`[id="${passage}"]`)).toBeFocused();
    await expect(page.locator(`[id="${passage}"]`)).toBeInViewport();
    const back = page.getByRole('link', { name: 'Back to the event' });
    await pressUntil(page, 'Tab', back, trail, 4);
    await press(page, 'Enter', trail);
    await expect(show).toBeFocused();
    await expect(show).toBeInViewport();

    // Copy the event's link.
    const copy = detail.getByRole('button', { name: 'Copy link' });
    await pressUntil(page, 'Shift+Tab', copy, trail, 20);
    await press(page, 'Enter', trail);
    await expect(detail.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${APP_BASE}events/${id}/`);
    await expect(copy).toBeFocused();

    // Back on the chart: + and − zoom about the selected mark; Reset shows the whole story.
    const selectedMark = page.locator(`[data-event-id="${id}"]`);
    await pressUntil(page, 'Shift+Tab', selectedMark, trail, 6);
    // (Spans are real time: across the axis's break, zooming by two does not halve them, so only the direction is checked here.)
    const whole = await restingSpan(page);
    await press(page, '+', trail);
    await expect.poll(() => viewSpan(page)).toBeLessThan(whole);
    const closer = await restingSpan(page);
    await press(page, '+', trail);
    await expect.poll(() => viewSpan(page)).toBeLessThan(closer);
    const closest = await restingSpan(page);
    await press(page, '-', trail);
    await expect.poll(() => viewSpan(page)).toBeGreaterThan(closest);
    await expect(selectedMark).toBeFocused();
    const reset = page.getByRole('button', { name: 'Reset' });
    await pressUntil(page, 'Shift+Tab', reset, trail, 4);
    await press(page, 'Enter', trail);
    await expect.poll(() => viewSpan(page)).toBe(whole);
    await expect(reset).toBeFocused();

    // The embed code: open the dialog, copy a snippet, Escape back to the button.
    const embed = page.getByRole('button', { name: 'Embed' });
    await pressUntil(page, 'Shift+Tab', embed, trail, 8);
    await press(page, 'Enter', trail);
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    const copySnippet = dialog.getByRole('button', { name: 'Copy script snippet' });
    await pressUntil(page, 'Tab', copySnippet, trail, 10);
    await press(page, 'Enter', trail);
    await expect(dialog.getByRole('status').filter({ hasText: /^Copied$/ })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await dialog.getByRole('textbox', { name: 'Script (recommended)' }).inputValue());
    await press(page, 'Escape', trail);
    await expect(dialog).toHaveCount(0);
    await expect(embed).toBeFocused();

    expect(await page.evaluate(() => (window as unknown as { pointerEvents: string[] }).pointerEvents)).toEqual([]);
    await context.close();
  });
}

test('a focus ring at the very edge of the chart is drawn whole, not cut off by the plot', async ({ page }) => {
  // On a phone, in a view that starts just before the story's first mark: the mark sits right at the plot's left edge.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./?view=2023-10-07T05:19Z..2023-10-07T23:19Z');
  await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
  // The tab stop is the first mark in view: the story's first.
  await page.locator('[data-stop-key][tabindex="0"]').focus();
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'hamas-attacks-israel');
  const edge = await page.evaluate(() => {
    const mark = document.activeElement as HTMLElement;
    const plot = mark.closest('[data-zoom-surface]') as HTMLElement;
    const style = getComputedStyle(mark);
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const box = mark.getBoundingClientRect();
    const plotBox = plot.getBoundingClientRect();
    const plotStyle = getComputedStyle(plot);
    const clipMargin = plotStyle.overflowX === 'clip' ? parseFloat(plotStyle.overflowClipMargin) || 0 : 0;
    // Every box between the plot and the page that could cut the ring.
    const clippers: string[] = [];
    for (let node = plot.parentElement; node && node !== document.body; node = node.parentElement) {
      const s = getComputedStyle(node);
      if (s.overflowX !== 'visible' || /paint|strict|content/.test(s.contain)) clippers.push(node.className);
    }
    return { ring, fromPlotEdge: box.left - plotBox.left, clipMargin, clippers };
  });
  // The first mark sits at the plot's left edge: its ring reaches past the plot, and the plot's clip lets it through.
  expect(edge.fromPlotEdge).toBeLessThan(edge.ring);
  expect(edge.clipMargin).toBeGreaterThanOrEqual(edge.ring - edge.fromPlotEdge);
  expect(edge.clippers).toEqual([]);
});

test('a cluster’s list at the deepest zoom, by keyboard: focus goes into it, and back to the cluster when it closes or an event is chosen', async ({ page }) => {
  await serveCrowdTimeline(page);
  await page.goto(`./?view=${SAME_MOMENT_VIEW}`);
  await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
  const trail: string[] = [];
  const cluster = page.locator('[data-cluster-size]').first();
  await cluster.focus();
  await press(page, 'Enter', trail);
  const list = page.locator('.timeline__cluster-list');
  await expect(list).toBeVisible();
  await expect(list.getByRole('button').first()).toBeFocused();
  await press(page, 'Escape', trail);
  await expect(list).toHaveCount(0);
  await expect(cluster).toBeFocused();

  await press(page, 'Enter', trail);
  await press(page, 'Tab', trail);
  const second = list.getByRole('button').nth(1);
  await expect(second).toBeFocused();
  const title = (await second.textContent()) ?? '';
  await press(page, 'Enter', trail);
  await expect(list).toHaveCount(0);
  await expect(page.locator('#event-detail h3')).toHaveText(title);
  await expect(cluster).toBeFocused();

  // The Close button too.
  await press(page, 'Enter', trail);
  await pressUntil(page, 'Tab', list.getByRole('button', { name: 'Close' }), trail, CROWD_SIZE + 1);
  await press(page, 'Enter', trail);
  await expect(list).toHaveCount(0);
  await expect(cluster).toBeFocused();
});

test('dismissing a notice about the link moves focus on to the timeline, in the page and in the embed', async ({ page }) => {
  for (const path of ['./?view=yesterday', './?embed=1&view=yesterday']) {
    await page.goto(path);
    await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
    const trail: string[] = [];
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    await pressUntil(page, 'Tab', dismiss, trail, 8);
    await press(page, 'Enter', trail);
    await expect(dismiss).toHaveCount(0);
    await expect(page.locator('#timeline')).toBeFocused();
  }
});
