/**
 * Where the article an authoring file names is. It must be a file beside the authoring file,
 * named without folders: the article is published whole (in the data and in every page), so an
 * authoring file that could name `../../.npmrc` or `/etc/passwd`, or a link in its folder to
 * such a file, would publish whatever the machine building it holds.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The article's path, or why `seed` cannot name it. */
export function seedBeside(authoringFile: string, seed: string): { path: string } | { problem: string } {
  if (/[/\\]/.test(seed) || seed === '.' || seed === '..' || seed.trim() === '' || seed.includes('\0')) {
    return { problem: `seed: "${seed}" must be the name of a file beside the authoring file, without folders` };
  }
  const folder = dirname(authoringFile);
  const path = join(folder, seed);
  if (existsSync(path) && dirname(realpathSync(path)) !== realpathSync(folder)) {
    return { problem: `seed: "${seed}" is a link to a file outside the authoring file’s folder` };
  }
  return { path };
}
