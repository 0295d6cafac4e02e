import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STUDIO_WORK, studioOrigin, type StudioServer } from '../support/ports';

/** Helpers for the studio's end-to-end tests: each file's own studio server and folders, a real article, and npm run data run on what was saved. */

export const root = resolve(new URL('../..', import.meta.url).pathname);

/** A test file's studio: its server's address, and the seeds and public folders it reads and writes. */
export interface Studio {
  seeds: string;
  public: string;
}

/** Points this file's tests at its own studio server (on its own seeds folder), and returns its folders. */
export function useStudio(name: StudioServer): Studio {
  test.use({ baseURL: `${studioOrigin(name)}/` });
  const work = join(root, STUDIO_WORK, name);
  return { seeds: join(work, 'seeds'), public: join(work, 'public') };
}

/** A real article (Wikinews, CC BY 2.5; see scripts/draft/eval/articles/README.md). */
export const NIGERIA = readFileSync(join(root, 'scripts/draft/eval/articles/nigeria-election-2023.txt'), 'utf8');

/** Removes what a test wrote into its studio's temporary folders. */
export function cleanUp(studio: Studio, slug: string): void {
  for (const file of [`${slug}.txt`, `${slug}.events.yaml`]) rmSync(join(studio.seeds, file), { force: true });
  rmSync(studio.public, { recursive: true, force: true });
}

/** Makes a story from pasted text and waits for its first draft. */
export async function createStory(page: Page, slug: string, text: string): Promise<void> {
  await page.goto('./');
  await page.getByLabel(/^Article text/).fill(text);
  await page.getByLabel('Name of the story’s files').fill(slug);
  await page.getByRole('button', { name: 'Create the story and draft its timeline' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^The draft proposes \d+ events?/ })).toBeVisible({ timeout: 30_000 });
}

/** Every file under `folder`, by its path inside it, with its text. */
export function filesIn(folder: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found[relative(folder, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(folder);
  return found;
}

/** What `npm run data` derives from a studio's seeds folder: its exit status, its messages and every file it writes, by path in the public folder. */
export function runData(studio: Studio): { status: number | null; stderr: string[]; files: Record<string, string> } {
  const out = mkdtempSync(join(root, '.cache', 'studio-e2e-cli-'));
  try {
    const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/data/cli.ts'), '--seeds', studio.seeds, '--public', out], { cwd: root, encoding: 'utf8' });
    return { status: result.status, stderr: result.stderr.trim().split('\n').filter(Boolean), files: filesIn(out) };
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
