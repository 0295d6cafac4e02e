import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeProblems } from '../support/a11y';
import { cleanUp, createStory, NIGERIA, root, useStudio } from './support';

/** The studio with axe-core at 1280 px, in both schemes, by keyboard, and saying what it does on long work. */

const SLUG = 'nigeria-a11y-e2e';
const LONG = 'long-article-e2e';
// The tests of this file share a story's name in its studio's seeds folder: in order, in one worker, never two at once.
test.describe.configure({ mode: 'default' });
const studio = useStudio('accessibility');
test.afterEach(() => {
  cleanUp(studio, SLUG);
  cleanUp(studio, LONG);
});

/**
 * The copy of the article behind the text area only paints the highlights: its letters are
 * transparent and hidden from assistive technology; the text read and seen is the text area's.
 */
const HIGHLIGHTS = ['.studio-article__backdrop'];

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A or AA problem in the studio’s states (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
    expect(await axeProblems(page, HIGHLIGHTS)).toEqual([]);
    await createStory(page, SLUG, NIGERIA);
    // The proposals, one with how it was worked out unfolded.
    await page.locator('.studio-proposal', { hasText: 'Tinubu\'s campaign emphasised' }).getByText('How this was worked out').click();
    expect(await axeProblems(page, HIGHLIGHTS)).toEqual([]);
    await page.getByRole('button', { name: /^Accept all/ }).click();
    await page.locator('.studio-events button').first().click();
    // An event open, with a problem at a field.
    await page.locator('.studio-event-form').getByLabel('Start').fill('2023-02-30');
    await expect(page.locator('.studio-event-form .studio-messages')).toContainText('2023-02-30 is not a date');
    expect(await axeProblems(page, HIGHLIGHTS)).toEqual([]);
  });
}

test('every control is reached and used by keyboard: an event opened and a proposal accepted without a pointer', async ({ page }) => {
  await createStory(page, SLUG, NIGERIA);
  const accept = page.locator('.studio-proposal').first().getByRole('button', { name: /^Accept:/ });
  await accept.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Events (1)', exact: true })).toBeVisible();
  const open = page.locator('.studio-events button').first();
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Tab');
  // Focus moved on to a control of the page, never lost to the body.
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
});

test('drafting a long article says what it is doing, and the page stays usable', async ({ page }) => {
  const body = readFileSync(join(root, 'scripts/draft/eval/articles/airasia-8501-2014.txt'), 'utf8').split('\n\n').slice(1).join('\n\n');
  const long = `A long article\n\nTuesday, December 30, 2014\n\n${Array.from({ length: 20 }, () => body).join('\n\n')}`;
  await page.goto('./');
  await page.getByLabel(/^Article text/).fill(long);
  await page.getByLabel('Name of the story’s files').fill(LONG);
  await page.getByRole('button', { name: 'Create the story and draft its timeline' }).click();
  const progress = page.getByRole('status').filter({ hasText: /^Drafting: paragraph \d+ of \d+$/ });
  await expect(progress).toBeVisible();
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: /^The draft proposes \d+ events/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0);
});
