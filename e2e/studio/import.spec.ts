import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cleanUp, createStory, filesIn, NIGERIA, runData, useStudio } from './support';

/** A TimelineJS3 spreadsheet, exported as CSV, imported as proposals to anchor to the article's words. */

const SLUG = 'nigeria-import-e2e';
// The tests of this file share a story's name in its studio's seeds folder: in order, in one worker, never two at once.
test.describe.configure({ mode: 'default' });
const studio = useStudio('import');
const { seeds } = studio;
test.afterEach(() => cleanUp(studio, SLUG));

const CSV = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  ',,,,,,,,,Nigeria elects a president,"<p>The 2023 vote</p>",,,,,title,,',
  '2023,2,25,,,,,,,Presidential election,"<p>Nigeria holds its presidential election; Tinubu won.</p>",https://example.com/vote.jpg,Photo desk,,,,Diplomacy,',
  '2023,3,1,4:00 am,,,,,,INEC declares Tinubu the winner,"The chairman went on television to announce Tinubu\'s victory",,,,,,,',
].join('\r\n');

test('a TimelineJS3 CSV becomes proposals, each anchored to the sentence it most probably rests on', async ({ page }) => {
  await createStory(page, SLUG, NIGERIA);
  await page.getByRole('button', { name: /^Reject all/ }).click();
  await page.getByLabel('Import a TimelineJS3 timeline (CSV or JSON)').setInputFiles({ name: 'timeline.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 events from timeline.csv as proposals.' })).toBeVisible();
  await expect(page.getByText('Media: not imported (1 row): a Sourceline event shows the article’s words, not media')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Proposed events (2)', exact: true })).toBeVisible();

  const election = page.locator('.studio-proposal', { hasText: 'Presidential election' });
  await expect(election).toContainText('25 February 2023');
  await expect(election.locator('q')).toHaveText(/^On Wednesday, Nigeria's Independent National Electoral Commission \(INEC\) announced Bola Tinubu.* on Saturday\.$/);
  await election.getByRole('button', { name: /^Accept with the suggested quote/ }).click();
  const declared = page.locator('.studio-proposal', { hasText: 'INEC declares Tinubu the winner' });
  await expect(declared.locator('q')).toHaveText(/^Shortly after 4:00 a\.m\. West Africa Time/);
  await declared.getByRole('button', { name: /^Accept with the suggested quote/ }).click();
  await expect(page.getByRole('heading', { name: 'Events (2)', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Checked: no problems.' })).toBeVisible();

  await page.getByRole('button', { name: /^Presidential election/ }).click();
  const form = page.locator('.studio-event-form');
  await expect(form.getByLabel('Kind')).toHaveValue('diplomacy');
  await expect(form.getByLabel(/^Date note/)).toHaveValue('Imported from a TimelineJS3 timeline (row 3), which gives 2023-02-25. Check it against the article’s words.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved at .*: the authoring file and the timeline data\./ })).toBeVisible();
  const derived = runData(studio);
  expect(derived.status, derived.stderr.join('\n')).toBe(0);
  expect(filesIn(studio.public)).toEqual(derived.files);
  expect(readFileSync(join(seeds, `${SLUG}.events.yaml`), 'utf8')).toContain('title: INEC declares Tinubu the winner');
});

test('a file that is not a TimelineJS3 timeline is refused with the reason, and nothing is proposed', async ({ page }) => {
  await createStory(page, SLUG, NIGERIA);
  const before = await page.locator('.studio-proposal').count();
  await page.getByLabel('Import a TimelineJS3 timeline (CSV or JSON)').setInputFiles({ name: 'other.csv', mimeType: 'text/csv', buffer: Buffer.from('Date,Event\n2023,x\n') });
  await expect(page.getByRole('alert')).toHaveText('other.csv could not be imported: this is not a TimelineJS3 spreadsheet: it has no Year or Headline column (its columns: Date, Event)');
  await expect(page.locator('.studio-proposal')).toHaveCount(before);
});
