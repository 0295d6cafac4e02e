import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import type { UncoveredSentence } from './derive.ts';
import { coverageLine, jsonSchemaText, runData } from './run.ts';
import { seedBeside } from './seedPath.ts';
import { decodeSeed, SeedEncodingError } from './seedText.ts';
import { AUTHORING_SUFFIX, siteIndex, slugOf, slugProblem, storyIndexEntry, storyPath } from './site.ts';

/**
 * One derivation of a whole site, as `npm run data` makes it: every `<slug>.events.yaml` of the
 * seeds folder with its article, the files that derivation writes (each story's `timeline.json`,
 * the site's `stories.json` and the JSON Schema), and the files left from stories no longer in the
 * seeds folder. `npm run data` prints and writes what this returns; the studio's save writes the
 * same files, so a story saved in the studio is exactly what `npm run data` would make of it.
 */

/** How a path is named in messages (relative to the repository). */
export type ShowPath = (path: string) => string;
/** Where the lines `npm run data` prints on its standard output go. */
export type Print = (line: string) => void;

export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function printCoverage(uncovered: UncoveredSentence[], print: Print): void {
  if (uncovered.length === 0) {
    print('coverage: every sentence that states a date, time, relative day or number is quoted by an event');
    return;
  }
  print(`coverage: ${uncovered.length} sentence(s) state a date, time or number that no event quotes:`);
  for (const sentence of uncovered) print(`  - ${coverageLine(sentence)}`);
}

/** Why `path` is not a file to read (a folder named by mistake gets a message, not a stack trace), or null. */
export function notAFile(path: string, what: string, show: ShowPath): string | null {
  if (!existsSync(path)) return `no ${what} at ${show(path)}`;
  if (statSync(path).isDirectory()) return `${show(path)} is a folder; name the ${what} itself`;
  return null;
}

/** One story derived, or the lines that say why it could not be. */
export type Derived =
  | { ok: true; timeline: Timeline; uncovered: UncoveredSentence[]; keepRootLinks: boolean }
  | { ok: false; problems: string[]; /** Whether the file was read and its derivation found the problems (else it could not be read). */ derived?: boolean };

/** Reads, checks and derives one authoring file and its article, printing its notes and coverage. */
export function deriveFile(authoringPath: string, show: ShowPath, print: Print): Derived {
  const missing = notAFile(authoringPath, 'authoring file', show);
  if (missing) return { ok: false, problems: [missing] };
  const fileLabel = show(authoringPath);
  // Its bytes must be UTF-8 too: a Latin-1 title would otherwise be published as "caf\uFFFD".
  let yamlText: string;
  try {
    yamlText = decodeSeed(readFileSync(authoringPath), fileLabel, 'the authoring file');
  } catch (error) {
    if (error instanceof SeedEncodingError) return { ok: false, problems: [error.message] };
    throw error;
  }
  // The same run the studio's local API makes on the editor's work, so both say the same words.
  const run = runData(yamlText, fileLabel, (seed) => {
    const beside = seedBeside(authoringPath, seed);
    if ('problem' in beside) return { error: `${fileLabel}: ${beside.problem}` };
    const seedMissing = notAFile(beside.path, 'seed file', show);
    return seedMissing ? { error: `${fileLabel}: seed: ${seedMissing}` } : { bytes: readFileSync(beside.path), path: show(beside.path) };
  });
  if (run.stage === 'yaml' || run.stage === 'schema' || run.stage === 'seed') return { ok: false, problems: run.problems.map((problem) => problem.text) };
  for (const note of run.notes) print(`note: ${note}`);
  printCoverage(run.uncovered, print);
  if (!run.timeline || !run.authoring) return { ok: false, problems: run.problems.map((problem) => problem.text), derived: true };
  return { ok: true, timeline: run.timeline, uncovered: run.uncovered, keepRootLinks: run.authoring.story.keepRootLinks === true };
}

/** The data files of stories that may be left in `publicDir` from an earlier derivation. */
export function storyDataFiles(publicDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  const found = [join(publicDir, 'data', 'timeline.json')];
  for (const entry of readdirSync(publicDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'data') found.push(join(publicDir, entry.name, 'data', 'timeline.json'));
  }
  return found.filter((path) => existsSync(path));
}

/** The authoring files of a seeds folder, by name, in the order `npm run data` derives them. */
export function authoringNames(seedsDir: string): string[] {
  return existsSync(seedsDir) ? readdirSync(seedsDir).filter((name) => name.endsWith(AUTHORING_SUFFIX)).sort() : [];
}

export interface SiteRun {
  /** Every problem, as `npm run data` prints it after `data: `; with any, nothing is written. */
  problems: string[];
  stories: { slug: string; timeline: Timeline; keepRootLinks: boolean }[];
  /** The files derivation writes, by path, with their text (empty when there are problems). */
  files: Map<string, string>;
  /** Files left from stories no longer in the seeds folder, which derivation removes. */
  stale: string[];
  /** Folders that stay even when emptied: the site's root and its `data/`. */
  keep: Set<string>;
  uncovered: number;
  events: number;
}

/** Derives every story of `seedsDir` into the files of `publicDir`, printing each story's notes and coverage. */
export function deriveSiteFiles(seedsDir: string, publicDir: string, show: ShowPath, print: Print): SiteRun {
  const problems: string[] = [];
  const stories: SiteRun['stories'] = [];
  let uncovered = 0;
  for (const name of authoringNames(seedsDir)) {
    const slug = slugOf(name);
    const file = join(seedsDir, name);
    print(`data: ${show(file)}`);
    const badSlug = slugProblem(slug);
    if (badSlug) problems.push(`${show(file)}: ${badSlug}`);
    const derived = deriveFile(file, show, print);
    if (!derived.ok) problems.push(...derived.problems);
    else {
      stories.push({ slug, timeline: derived.timeline, keepRootLinks: derived.keepRootLinks });
      uncovered += derived.uncovered.length;
    }
  }
  const rooted = stories.filter((story) => story.keepRootLinks);
  if (rooted.length > 1) problems.push(`story.keepRootLinks: only one story can keep the site root's old links, and ${rooted.map((s) => `seeds/${s.slug}${AUTHORING_SUFFIX}`).join(' and ')} both say so`);
  const keep = new Set([resolve(publicDir), resolve(publicDir, 'data')]);
  const files = new Map<string, string>();
  const events = stories.reduce((sum, story) => sum + story.timeline.events.length, 0);
  if (problems.length > 0) return { problems, stories, files, stale: [], keep, uncovered, events };
  const entries = stories.map(({ slug, timeline }) => {
    const path = storyPath(slug, stories.length);
    files.set(join(publicDir, path, 'data', 'timeline.json'), jsonText(timeline));
    return storyIndexEntry(timeline, slug, path);
  });
  files.set(join(publicDir, 'data', 'stories.json'), jsonText(siteIndex(entries, rooted[0]?.slug)));
  files.set(join(publicDir, 'data', 'timeline.schema.json'), jsonSchemaText());
  const stale = storyDataFiles(publicDir).filter((path) => !files.has(path));
  return { problems, stories, files, stale, keep, uncovered, events };
}
