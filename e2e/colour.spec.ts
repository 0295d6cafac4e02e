import { expect, test, type Page } from '@playwright/test';

/**
 * Kinds of events can be told apart without seeing colour: every lane has its own shape, which the
 * legend (or the lane names beside the chart) shows and every mark is drawn with; the figures'
 * bars each say what they count, and a breakdown is patterned, not only tinted.
 */

async function laneShapes(page: Page, selector: string): Promise<Map<string, string>> {
  const entries = await page.locator(selector).evaluateAll((items) =>
    items.map((item) => [/lane--(\w+)/.exec(item.getAttribute('class') ?? '')?.[1] ?? '', item.querySelector('.mark-shape path')?.getAttribute('d') ?? ''] as const),
  );
  return new Map(entries);
}

for (const width of [1280, 375]) {
  test(`at ${width} px every lane has its own shape, named beside or above the chart, and every mark is drawn with its lane’s`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const drawn: { lane: string; d: string }[] = [];
    let key = new Map<string, string>();
    for (const view of ['', '?view=2023-11-30T00:00Z..2023-11-30T06:00Z', '?view=2023-11-30T06:00Z..2023-11-30T12:00Z', '?view=2023-11-30T12:00Z..2023-11-30T18:00Z']) {
      await page.goto(`./${view}`);
      await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
      key = await laneShapes(page, width > 600 ? '.timeline__gutter li' : '.timeline__legend li');
      drawn.push(
        ...(await page.locator('.mark').evaluateAll((items) =>
          items.map((item) => ({ lane: /lane--(\w+)/.exec(item.getAttribute('class') ?? '')?.[1] ?? '', d: item.querySelector('.mark-shape path')?.getAttribute('d') ?? '' })),
        )),
      );
    }
    expect(key.size).toBe(5);
    expect(new Set(key.values()).size).toBe(key.size);
    // Marks of every lane were seen.
    expect(new Set(drawn.map((mark) => mark.lane))).toEqual(new Set(key.keys()));
    for (const { lane, d } of drawn) expect(d, lane).toBe(key.get(lane));
  });
}

test('the figures’ bars each say what they count, and a breakdown is patterned', async ({ page }) => {
  await page.goto('./');
  const bars = page.locator('.bar-row__link');
  expect(await bars.count()).toBeGreaterThan(3);
  for (const bar of await bars.all()) {
    await expect(bar.locator('.bar-row__unit')).not.toBeEmpty();
    await expect(bar.locator('.bar-row__label')).not.toBeEmpty();
  }
  const parts = page.locator('.bar-row--part .bar-row__bar');
  expect(await parts.count()).toBeGreaterThan(0);
  for (const part of await parts.all()) expect(await part.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('repeating-linear-gradient');
});
