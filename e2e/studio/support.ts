import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { STUDIO_WORK } from '../support/ports';

/** Helpers for the studio's end-to-end tests: its temporary folders, a real article, and npm run data run on what was saved. */

export const root = resolve(new URL('../..', import.meta.url).pathname);
export const seeds = join(root, STUDIO_WORK, 'seeds');
export const data = join(root, STUDIO_WORK, 'data');

/** A real article (Wikinews, CC BY 2.5; see scripts/draft/eval/articles/README.md). */
export const NIGERIA = readFileSync(join(root, 'scripts/draft/eval/articles/nigeria-election-2023.txt'), 'utf8');

/** Removes what a test wrote into the studio's temporary folders. */
export function cleanUp(slug: string): void {
  for (const file of [`${slug}.txt`, `${slug}.events.yaml`]) rmSync(join(seeds, file), { force: true });
  rmSync(join(data, slug), { recursive: true, force: true });
}

/** Makes a story from pasted text and waits for its first draft. */
export async function createStory(page: Page, slug: string, text: string): Promise<void> {
  await page.goto('./');
  await page.getByLabel(/^Article text/).fill(text);
  await page.getByLabel('Name of the story’s files').fill(slug);
  await page.getByRole('button', { name: 'Create the story and draft its timeline' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^The draft proposes \d+ events?/ })).toBeVisible({ timeout: 30_000 });
}

/** What `npm run data` derives from an authoring file: its exit status, its messages and the files it writes. */
export function runData(authoring: string): { status: number | null; stderr: string[]; files: Record<string, string> } {
  const out = mkdtempSync(join(root, '.cache', 'studio-e2e-cli-'));
  try {
    const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/data/cli.ts'), authoring, '--out', out], { cwd: root, encoding: 'utf8' });
    const read = (name: string) => {
      try {
        return readFileSync(join(out, name), 'utf8');
      } catch {
        return '';
      }
    };
    return { status: result.status, stderr: result.stderr.trim().split('\n').filter(Boolean), files: { 'timeline.json': read('timeline.json'), 'timeline.schema.json': read('timeline.schema.json') } };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Selects `words` in the article with the keyboard: the caret put before them, then Shift and the right arrow. */
export async function selectWithKeyboard(page: Page, words: string): Promise<void> {
  const area = page.getByRole('textbox', { name: 'The article (select words to quote them)' });
  const at = await area.evaluate((el: HTMLTextAreaElement, w) => el.value.indexOf(w), words);
  expect(at).toBeGreaterThanOrEqual(0);
  await area.focus();
  await area.evaluate((el: HTMLTextAreaElement, i) => el.setSelectionRange(i, i), at);
  for (let i = 0; i < words.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
}
