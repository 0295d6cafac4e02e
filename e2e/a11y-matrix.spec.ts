import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeProblems, sidewaysScroll, smallTargets } from './support/a11y';
import { CROWD_DAY_VIEW, SAME_MOMENT_VIEW, serveCrowdTimeline } from './support/crowd';

/**
 * The accessibility matrix: at 1280, 375 and 320 px, in the light and the dark scheme, three pages
 * (the full page, the embed, a crowd) step through every state a reader can reach, and in each axe-core (WCAG 2.2 A and AA) must find
 * nothing, the colours it could not judge must pass, the page must not scroll sideways (at phone
 * widths) and every control must be at least 24 × 24 px. Problems are gathered and reported
 * together, state by state.
 */

const WIDTHS = [1280, 375, 320] as const;
const SCHEMES = ['light', 'dark'] as const;

const timeline = JSON.parse(readFileSync(new URL('../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as {
  events: { id: string; start: string }[];
};

/** Runs every check in the page's current state and keeps what fails, under the state's name. */
class Audit {
  readonly problems: string[] = [];
  readonly states: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly width: number,
  ) {}

  async check(state: string): Promise<void> {
    this.states.push(state);
    const found = [...(await axeProblems(this.page)), ...(await smallTargets(this.page))];
    if (this.width < 600) {
      const overflow = await sidewaysScroll(this.page);
      if (overflow > 0) found.push(`the page scrolls ${overflow} px sideways`);
    }
    this.problems.push(...found.map((problem) => `[${state}] ${problem}`));
  }
}

/** The app has started and the chart has measured its box and drawn itself at that width. */
async function ready(page: Page) {
  await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
  await expect(page.locator('[data-event-id], [data-cluster-size]').first()).toBeVisible();
}

/** The chart's view once a zoom has finished, and the pointer away from the chart, so no card opens under it. */
async function settle(page: Page) {
  await page.mouse.move(0, 0);
  const view = () => page.locator('[data-zoom-surface]').evaluate((node) => `${node.getAttribute('data-view-start')} ${node.getAttribute('data-view-end')}`);
  let last = await view();
  for (;;) {
    await page.waitForTimeout(150);
    const next = await view();
    if (next === last) return;
    last = next;
  }
}

for (const width of WIDTHS) {
  for (const colorScheme of SCHEMES) {
    test.describe(`at ${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme });

      // Three tests, each from a fresh page, so that on two busy cores each fits its time and two
      // workers share the matrix: some ten states audited by axe, contrast and target size took
      // over 3 min as one test on a fresh CI machine.
      test('every state of the full page passes axe, contrast, sideways-scrolling and target-size checks', async ({ page }) => {
        test.setTimeout(180_000);
        const audit = new Audit(page, width);
        const phone = width < 600;

        await page.goto('./');
        await ready(page);
        await audit.check('first view');

        // Keyboard focus on the chart: the first mark, with its card.
        await page.locator('[data-stop-key][tabindex="0"]').focus();
        await audit.check('focus on a mark, its card open');

        await page.locator('.story-header .inferred__badge').focus();
        await expect(page.locator('.story-header [role="tooltip"]')).toBeVisible();
        await audit.check('an inferred date explained');

        await page.locator('[data-list-event-id="latest-exchange"] .event-card__title button').click();
        await expect(page.locator('#event-detail h3')).toBeVisible();
        await audit.check('an event selected');

        if (phone) await page.getByRole('button', { name: 'Show the article' }).click();
        const quoteMenu = page.getByRole('button', { name: '2 events quote this passage' });
        await quoteMenu.click();
        await expect(page.getByRole('group', { name: 'Events quoting this passage' })).toBeVisible();
        await audit.check('a passage’s menu of events open');
        await page.keyboard.press('Escape');

        await page.locator('#event-detail').getByRole('link', { name: /^Show in article/ }).first().click();
        await expect(page.getByRole('link', { name: 'Back to the event' })).toBeVisible();
        await audit.check('a passage shown in the article, with the way back');

        await page.getByRole('button', { name: 'Embed' }).click();
        await expect(page.getByRole('dialog', { name: 'Embed this timeline' })).toBeVisible();
        await expect(page.frameLocator('.embed-preview iframe').locator('.embed-credit')).toBeVisible();
        await audit.check('the embed dialog open');
        await page.keyboard.press('Escape');

        expect(audit.states).toHaveLength(7);
        expect(audit.problems, audit.problems.join('\n')).toEqual([]);
      });

      test('a link the app could not fully read, and every state of the embed, pass the same checks', async ({ page }) => {
        test.setTimeout(180_000);
        const audit = new Audit(page, width);

        await page.goto('./?view=yesterday&event=no-such-event');
        await ready(page);
        await expect(page.locator('.url-notice')).toBeVisible();
        await audit.check('a link the app could not fully read');

        // The compact view, following the reader's scheme, then forcing the other one.
        const other = colorScheme === 'light' ? 'dark' : 'light';
        await page.goto('./?embed=1');
        await ready(page);
        await audit.check('embed, first view');
        await page.goto(`events/latest-exchange/?embed=1&theme=${other}`);
        await ready(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', other);
        await audit.check(`embed with theme=${other}, an event selected`);
        await page.getByRole('button', { name: 'Show the article' }).click();
        for (const summary of await page.locator('.embed-layout summary').all()) await summary.click();
        await expect(page.locator('.embed-layout__list .event-card').first()).toBeVisible();
        await audit.check(`embed with theme=${other}, the article, the figures and the list open`);

        expect(audit.states).toHaveLength(4);
        expect(audit.problems, audit.problems.join('\n')).toEqual([]);
      });

      test('a crowd, expanded and listed, passes the same checks', async ({ page }) => {
        test.setTimeout(180_000);
        const audit = new Audit(page, width);

        // A crowd more than a lane can stack: its count, activated, zooms in; at the deepest zoom it lists its events.
        await serveCrowdTimeline(page);
        await page.goto(`./?view=${CROWD_DAY_VIEW}`);
        await ready(page);
        const viewBefore = await page.locator('[data-zoom-surface]').getAttribute('data-view-start');
        await page.locator('[data-cluster-size]').first().click();
        await expect(page.locator('[data-zoom-surface]')).not.toHaveAttribute('data-view-start', viewBefore ?? '');
        await settle(page);
        await audit.check('a cluster expanded');
        await page.goto(`./?view=${SAME_MOMENT_VIEW}`);
        await ready(page);
        await page.locator('[data-cluster-size]').first().click();
        await expect(page.locator('.timeline__cluster-list')).toBeVisible();
        await audit.check('a cluster’s list open at the deepest zoom');

        expect(audit.states).toHaveLength(2);
        expect(audit.problems, audit.problems.join('\n')).toEqual([]);
      });
    });
  }
}

test('the timeline data still has the events the matrix steps through', () => {
  const ids = new Set(timeline.events.map((e) => e.id));
  for (const id of ['latest-exchange', 'blinken-calls-for-extension']) expect(ids.has(id), id).toBe(true);
});
