import { expect, test, type Page } from '@playwright/test';
import { CROWD_DAY_VIEW, serveCrowdTimeline } from './support/crowd';
import { settledView, surface, viewOf } from './support/view';


/**
 * The truce week: after the axis's break, so a view's real span is the span the chart draws, and
 * zooming by two halves it. (Across the break, seven weeks are drawn as half a day.)
 */
const WEEK = './?view=2023-11-24..2023-12-01';

async function openAt(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('figure.timeline:not(.timeline--unmeasured) [data-event-id]').first()).toBeVisible();
}

const axisLabels = (page: Page) => page.locator('.timeline__svg .axis__label').allTextContents();

/**
 * d3-zoom loads at the reader's first pointer movement or touch on the page; gesture tests start
 * once it has, as a reader's pointer on its way to the chart would let it.
 */
async function gesturesReady(page: Page, how: 'mouse' | 'touch' = 'mouse') {
  if (how === 'mouse') await page.mouse.move(5, 5);
  else await page.touchscreen.tap(5, 5);
  await expect(surface(page)).toHaveAttribute('data-gestures', 'ready');
}

async function centreOf(page: Page) {
  // The whole plot on screen: the chart is taller than a short window.
  await surface(page).evaluate((node) => node.scrollIntoView({ block: 'center' }));
  const box = await surface(page).boundingBox();
  if (!box) throw new Error('the zoom surface is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
});

test('the gesture code is not part of the page’s first download, and arrives with the first pointer movement', async ({ page }) => {
  const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /zoomGestures-[\w-]+\.js$/.test(entry.name)));
  await page.waitForLoadState('networkidle');
  expect(await loaded()).toBe(false);
  await expect(surface(page)).not.toHaveAttribute('data-gestures', 'ready');
  await gesturesReady(page);
  expect(await loaded()).toBe(true);
});

test('Ctrl + wheel over the chart zooms about the pointer and changes the axis', async ({ page }) => {
  const before = await viewOf(page);
  const ticksBefore = await axisLabels(page);
  await gesturesReady(page);
  const { x, y } = await centreOf(page);
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  for (let i = 0; i < 4; i += 1) await page.mouse.wheel(0, -120);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await viewOf(page)).span).toBeLessThan(before.span / 2);
  const after = await viewOf(page);
  expect(after.start).toBeGreaterThan(before.start);
  expect(after.end).toBeLessThan(before.end);
  expect(await axisLabels(page)).not.toEqual(ticksBefore);
  // The page itself was not zoomed.
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
});

test('a plain wheel over the chart scrolls the page and leaves the view alone', async ({ page }) => {
  const before = await viewOf(page);
  const { x, y } = await centreOf(page);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  expect(await viewOf(page)).toEqual(before);
});

test('the zoom buttons zoom in, out, and back to the first view', async ({ page }) => {
  const first = await viewOf(page);
  await expect(page.getByRole('button', { name: 'Zoom out' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Reset' })).toHaveAttribute('aria-disabled', 'true');
  await openAt(page, WEEK);
  const week = await viewOf(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await viewOf(page)).span).toBeCloseTo(week.span / 2, -5);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await viewOf(page)).span).toBeCloseTo(week.span / 4, -5);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await viewOf(page)).span).toBeCloseTo(week.span / 2, -5);
  await expect(page).toHaveURL(/[?&]view=/);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => viewOf(page)).toEqual(first);
  // The first view (here the whole story) needs no view in its link.
  await expect(page).not.toHaveURL(/[?&]view=/);
});

test('dragging the chart pans it, and a double-click zooms in', async ({ page }) => {
  await openAt(page, WEEK);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const before = await settledView(page);
  await gesturesReady(page);
  const { x, box } = await centreOf(page);
  // Between lanes' marks: the axis strip at the bottom of the surface.
  const y = box.y + box.height - 8;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 150, y, { steps: 10 });
  await page.mouse.up();
  const panned = await settledView(page);
  expect(panned.start).toBeGreaterThan(before.start);
  expect(panned.span).toBeCloseTo(before.span, -5);
  await page.mouse.dblclick(x, y);
  await expect.poll(async () => (await viewOf(page)).span).toBeLessThan(panned.span * 0.75);
});

test('the story’s busiest day stacks its events, each its own titled mark, with no count', async ({ page }) => {
  await expect(page.locator('[data-cluster-size]')).toHaveCount(0);
  await expect(page.locator('[data-event-id="blinken-calls-for-extension"]')).toBeVisible();
  await expect(page.locator('[data-event-id="blinken-calls-for-extension"]')).toHaveAccessibleName(
    /^30 November 2023 \(date inferred\): Blinken calls for an extension of the truce/,
  );
  await expect(page.locator('[data-event-id="blinken-calls-for-extension"] .mark__label')).toHaveText(/^Blinken calls for an/);
});

test('clicking a count (a crowd more than a lane can stack) zooms in on its events', async ({ page }) => {
  await serveCrowdTimeline(page);
  await openAt(page, `./?view=${CROWD_DAY_VIEW}`);
  const before = await viewOf(page);
  const cluster = page.locator('[data-cluster-size]').first();
  await expect(cluster).toHaveAccessibleName(/^\d+ events in Diplomacy, statements on 15 November 2023, 09:00 UTC\. Activate to zoom to them$/);
  await cluster.click();
  const after = await settledView(page);
  expect(after.span).toBeLessThan(before.span / 2);
  const crowdAt = Date.parse('2023-11-15T09:00:00Z');
  expect(after.start).toBeLessThanOrEqual(crowdAt);
  expect(after.end).toBeGreaterThanOrEqual(crowdAt);
});

test('the keyboard moves from event to event, pans, and Enter selects', async ({ page }) => {
  // Zoomed in on the first day and a half (before the axis's break, so the span is the chart's), so the last event is out of view.
  await openAt(page, './?view=2023-10-06T12:00Z..2023-10-07T23:30Z');
  await page.locator('[data-stop-key][tabindex="0"]').focus();
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'hamas-attacks-israel');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-list-event-id="hamas-attacks-israel"]')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-event-id="hamas-attacks-israel"]')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'israeli-offensive');
  await page.keyboard.press('Space');
  await expect(page.locator('[data-list-event-id="israeli-offensive"]')).toHaveAttribute('aria-current', 'true');
  const early = await settledView(page);
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('data-stop-key', /west-bank-deaths/);
  const late = await settledView(page);
  expect(late.start).toBeGreaterThan(early.end);
  expect(late.span).toBeCloseTo(early.span, -5);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).not.toHaveAttribute('data-stop-key', /west-bank-deaths/);
  await page.keyboard.press('+');
  await expect.poll(async () => (await viewOf(page)).span).toBeLessThan(late.span * 0.6);
});

test('dragging the overview window pans, and clicking in the strip centres the view there', async ({ page }) => {
  await openAt(page, WEEK);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const slider = page.getByRole('slider', { name: 'Part of the story in view' });
  await expect(slider).toHaveAttribute('aria-valuetext', /^Showing /);
  const before = await settledView(page);
  await slider.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  const box = await slider.boundingBox();
  if (!box) throw new Error('no overview window');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  const dragged = await viewOf(page);
  expect(dragged.start).toBeLessThan(before.start);
  expect(dragged.span).toBeCloseTo(before.span, -5);

  const strip = await page.locator('.overview__strip').boundingBox();
  if (!strip) throw new Error('no overview strip');
  await page.mouse.click(strip.x + strip.width - 10, strip.y + 10);
  const clicked = await settledView(page);
  expect(clicked.start).toBeGreaterThan(dragged.end);

  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await viewOf(page)).start).toBeLessThan(clicked.start - clicked.span);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });

  test('two fingers pinch to zoom, one finger pans sideways, and a vertical swipe scrolls the page', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page);
    await openAt(page, WEEK);
    await gesturesReady(page, 'touch');
    const { x, y } = await centreOf(page);
    /** A touch gesture: each step lists the fingers' positions. */
    async function touch(steps: [number, number][][]) {
      const points = (step: [number, number][]) => step.map(([px, py], id) => ({ x: px, y: py, id }));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(steps[0]!) });
      for (const step of steps.slice(1)) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(step) });
        await page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }
    const whole = await viewOf(page);
    await touch(Array.from({ length: 12 }, (_, i) => [[x - 20 - i * 8, y], [x + 20 + i * 8, y]] as [number, number][]));
    const pinched = await settledView(page);
    expect(pinched.span).toBeLessThan(whole.span / 2);

    await touch(Array.from({ length: 12 }, (_, i) => [[x + 60 - i * 10, y]] as [number, number][]));
    const panned = await settledView(page);
    expect(panned.start).toBeGreaterThan(pinched.start);
    expect(panned.span).toBeCloseTo(pinched.span, -5);

    await touch(Array.from({ length: 12 }, (_, i) => [[x, y + 60 - i * 12]] as [number, number][]));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
    expect(await settledView(page)).toEqual(panned);
  });
});
