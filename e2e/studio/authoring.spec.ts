import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cleanUp, createStory, filesIn, NIGERIA, runData, selectWithKeyboard, useStudio } from './support';

/**
 * The studio, as an editor uses it on a real article: the story made from pasted text, the
 * draft's proposals, a quote added by selecting words, a wrong figure flagged at its field with
 * npm run data's own message, and a save whose files on disk are what npm run data derives.
 */

const SLUG = 'nigeria-e2e';
// The tests of this file share a story's name in its studio's seeds folder: in order, in one worker, never two at once.
test.describe.configure({ mode: 'default' });
const studio = useStudio('authoring');
const { seeds } = studio;
test.afterEach(() => cleanUp(studio, SLUG));

test('an article becomes a saved timeline equal to what npm run data derives', async ({ page }) => {
  await createStory(page, SLUG, NIGERIA);
  // The article is stored byte for byte.
  expect(readFileSync(join(seeds, `${SLUG}.txt`), 'utf8')).toBe(NIGERIA);
  // The draft read the article's date from its dateline.
  await expect(page.getByRole('status').filter({ hasText: 'The article’s date, 2023-03-03, was read from “Friday, March 3, 2023”: see “The story” below.' })).toBeVisible();

  // Each proposed figure shows what the draft says it is, for the editor to check before accepting.
  await expect(page.locator('.studio-proposal', { hasText: 'Tinubu received' }).first()).toContainText('Figures: 8,794,726 votes (Tinubu received); 36.61 % (share); 12 states (carrying); 27 % (turnout)');

  // A clause with no date or number of its own that tells of something done is proposed, dated by the account it continues, and says why.
  await expect(page.getByRole('status').filter({ hasText: /^The draft proposes \d+ events\./ })).toBeVisible();
  const campaign = page.locator('.studio-proposal', { hasText: 'Tinubu\'s campaign emphasised debt reduction' });
  await expect(campaign).toContainText('25 February 2023');
  await campaign.getByText('How this was worked out').click();
  await expect(campaign).toContainText('A deed: the clause states no date or number of its own, but tells of something done (“emphasised”).');
  await campaign.getByRole('button', { name: /^Reject:/ }).click();
  await expect(campaign).toHaveCount(0);

  // Accept the draft's proposal for the announcement of the result.
  const proposal = page.locator('.studio-proposal', { hasText: 'Shortly after 4:00 a.m.' });
  await expect(proposal).toContainText('1 March 2023');
  await proposal.getByRole('button', { name: /^Accept:/ }).click();
  await expect(page.getByRole('heading', { name: 'Events (1)', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /INEC chairman Mahmood Yakubu went on television/ }).click();
  const form = page.locator('.studio-event-form');
  await expect(form.getByLabel('Start')).toHaveValue('2023-03-01');

  // Add a quote to it by selecting the article's words with the keyboard.
  const words = 'On Wednesday, Nigeria\'s Independent National Electoral Commission (INEC) announced Bola Tinubu';
  await selectWithKeyboard(page, words);
  await expect(page.getByRole('status').filter({ hasText: /^Selected: “On Wednesday, Nigeria's .* announced Bola Tinubu”$/ })).toBeVisible();
  await page.getByRole('button', { name: /^Add as a quote of/ }).click();
  await expect(form.locator('.studio-quotes li')).toHaveCount(2);
  await expect(form.locator('.studio-quotes li').nth(1)).toContainText(words);

  // A new event from selected words: the turnout, with its figure proposed.
  await selectWithKeyboard(page, 'turnout was 27%');
  await page.getByRole('button', { name: 'New event from the selection' }).click();
  await expect(page.getByRole('heading', { name: 'Events (2)', exact: true })).toBeVisible();
  const turnout = page.locator('.studio-event-form');
  await expect(turnout.getByRole('heading', { name: /^Event 2:/ })).toBeVisible();
  await expect(turnout.getByLabel('Value')).toHaveValue('27');
  await expect(turnout.getByLabel('Unit')).toHaveValue('%');

  // A wrong figure is flagged at its field, in npm run data's words.
  await turnout.getByLabel('Value').fill('28');
  const message = turnout.locator('fieldset.studio-figure .studio-messages');
  await expect(message).toHaveText(/figure 28 % \(.*\) is not stated in any of its quotes \(they state "27%"\) \(event ".*"\)/);
  await expect(turnout.getByLabel('Value')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: /^Turnout was 27% .*1 problem$/ })).toBeVisible();
  // Saved so, the authoring file gets the same line from npm run data itself.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The timeline data was not written: 1 problem to fix first.' })).toBeVisible();
  const shown = (await message.textContent()) ?? '';
  const broken = runData(studio);
  expect(broken.status).toBe(1);
  expect(broken.stderr.some((line) => line.endsWith(shown) && /^data: .*nigeria-e2e\.events\.yaml: events\[1\]\.figures\[0\]: /.test(line))).toBe(true);
  expect(existsSync(studio.public)).toBe(false);

  // Fixed, saved: the YAML and the JSON on disk are what npm run data derives from it.
  await turnout.getByLabel('Value').fill('27');
  await expect(message).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Checked: no problems.' })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved at .*: the authoring file and the timeline data\./ })).toBeVisible();
  const yaml = readFileSync(join(seeds, `${SLUG}.events.yaml`), 'utf8');
  expect(yaml).toContain('seed: nigeria-e2e.txt');
  // A new story's file declares its kinds (the default set made general), for the editor to change.
  expect(yaml).toContain('vocabulary:\n  lanes:\n    - id: periods\n      name: Periods\n');
  expect(yaml).not.toContain('id: exchanges');
  expect(yaml).toContain('      - { value: 27, unit: "%", label: ');
  const derived = runData(studio);
  expect(derived.status, derived.stderr.join('\n')).toBe(0);
  // Every file npm run data writes, and no other: the story's data (the site's only story, at its root), the index and the schema.
  expect(Object.keys(derived.files).sort()).toEqual(['data/stories.json', 'data/timeline.json', 'data/timeline.schema.json']);
  expect(filesIn(studio.public)).toEqual(derived.files);
  const timeline = JSON.parse(derived.files['data/timeline.json'] ?? '') as { events: { quotes: { text: string }[] }[] };
  expect(timeline.events).toHaveLength(2);
  expect(timeline.events[0]?.quotes.map((q) => q.text)).toContain(words);

  // The preview draws both events with the reader's chart.
  await expect(page.locator('.studio-preview figure.timeline')).toBeVisible();
  await expect(page.locator('.studio-preview .mark')).toHaveCount(2);
});

test('a second tab does not overwrite a save it has not seen, and the work stays on screen', async ({ browser }) => {
  const context = await browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  await createStory(a, SLUG, NIGERIA);
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await b.goto(`./#/story/${SLUG}`);
  await expect(b.getByRole('heading', { name: 'Events (0)', exact: true })).toBeVisible();
  // Tab A accepts all and saves; tab B, still on the old version, accepts one and saves.
  await a.getByRole('button', { name: /^Draft (again|from the article)$/ }).click();
  await a.getByRole('button', { name: /^Accept all/ }).click();
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  const saved = readFileSync(join(seeds, `${SLUG}.events.yaml`), 'utf8');
  await b.getByRole('button', { name: /^Draft (again|from the article)$/ }).click();
  await b.locator('.studio-proposal').first().getByRole('button', { name: /^Accept:/ }).click();
  await b.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(b.getByRole('status').filter({ hasText: 'Not saved: the file changed since you opened it' })).toBeVisible();
  expect(readFileSync(join(seeds, `${SLUG}.events.yaml`), 'utf8')).toBe(saved);
  await expect(b.getByRole('heading', { name: 'Events (1)', exact: true })).toBeVisible();
  await expect(b.getByRole('region', { name: 'Changed elsewhere' })).toBeVisible();
  await context.close();
});

test('the first save npm run data -- --check passes says how long the story took from its article pasted', async ({ page }) => {
  const slug = 'storm-e2e';
  try {
    await createStory(page, slug, 'Storm closes the coast road\n\nSaturday, February 15, 2014\n\nTwo people have died in storms that battered the coast last night. About 300 homes lost power.\n');
    await page.getByRole('button', { name: /^Accept all/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Checked: no problems.' })).toBeVisible();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toContainText(/npm run data -- --check passes: 2 events in \d+ s from the article pasted\./);
  } finally {
    cleanUp(studio, slug);
  }
});
