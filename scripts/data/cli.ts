/**
 * `npm run data [-- --check] [--seeds DIR] [--public DIR]`
 * Derives every story of the site: each `seeds/<slug>.events.yaml` with its article becomes
 * `public/<slug>/data/timeline.json` (or, for a site of one story, `public/data/timeline.json`),
 * with `public/data/stories.json` (the site's index) and `public/data/timeline.schema.json`.
 * With --check it writes nothing and fails when the committed files differ from a fresh derivation,
 * when a file is left from a story no longer in `seeds/`, or when an article states a figure that
 * no event quotes.
 *
 * `npm run data -- AUTHORING.yaml --out DIR [--check]` derives one story into DIR.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import type { UncoveredSentence } from './derive.ts';
import { coverageLine, jsonSchemaText, runData } from './run.ts';
import { seedBeside } from './seedPath.ts';
import { decodeSeed, SeedEncodingError } from './seedText.ts';
import { AUTHORING_SUFFIX, siteIndex, slugOf, slugProblem, storyIndexEntry, storyPath } from './site.ts';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');

interface Options {
  /** One authoring file to derive into `out`; none derives the whole site. */
  authoring: string | undefined;
  out: string | undefined;
  seeds: string;
  public: string;
  check: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { authoring: undefined, out: undefined, seeds: join(root, 'seeds'), public: join(root, 'public'), check: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => resolve(argv[++i] ?? fail(`${arg} needs a folder`));
    if (arg === '--check') options.check = true;
    else if (arg === '--out') options.out = value();
    else if (arg === '--seeds') options.seeds = value();
    else if (arg === '--public') options.public = value();
    else if (arg?.startsWith('--')) fail(`unknown option ${arg}`);
    else if (arg) options.authoring = resolve(arg);
  }
  if (options.authoring && !options.out) fail('name the folder to write the story to with --out (npm run data with no file derives every story in seeds/)');
  return options;
}

function fail(message: string): never {
  console.error(`data: ${message}`);
  process.exit(1);
}

const show = (path: string) => relative(root, path) || path;

const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function printCoverage(uncovered: UncoveredSentence[]): void {
  if (uncovered.length === 0) {
    console.log('coverage: every sentence that states a date, time, relative day or number is quoted by an event');
    return;
  }
  console.log(`coverage: ${uncovered.length} sentence(s) state a date, time or number that no event quotes:`);
  for (const sentence of uncovered) console.log(`  - ${coverageLine(sentence)}`);
}

/** Why `path` is not a file to read (a folder named by mistake gets a message, not a stack trace), or null. */
function notAFile(path: string, what: string): string | null {
  if (!existsSync(path)) return `no ${what} at ${show(path)}`;
  if (statSync(path).isDirectory()) return `${show(path)} is a folder; name the ${what} itself`;
  return null;
}

/** One story derived, or the lines that say why it could not be. */
type Derived =
  | { ok: true; timeline: Timeline; uncovered: UncoveredSentence[]; keepRootLinks: boolean }
  | { ok: false; problems: string[]; /** Whether the file was read and its derivation found the problems (else it could not be read). */ derived?: boolean };

/** Reads, checks and derives one authoring file and its article, printing its notes and coverage. */
function deriveFile(authoringPath: string): Derived {
  const missing = notAFile(authoringPath, 'authoring file');
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
  // The same run the studio's local API makes, so both say the same words.
  const run = runData(yamlText, fileLabel, (seed) => {
    const beside = seedBeside(authoringPath, seed);
    if ('problem' in beside) return { error: `${fileLabel}: ${beside.problem}` };
    const seedMissing = notAFile(beside.path, 'seed file');
    return seedMissing ? { error: `${fileLabel}: seed: ${seedMissing}` } : { bytes: readFileSync(beside.path), path: show(beside.path) };
  });
  if (run.stage === 'yaml' || run.stage === 'schema' || run.stage === 'seed') return { ok: false, problems: run.problems.map((problem) => problem.text) };
  for (const note of run.notes) console.log(`note: ${note}`);
  printCoverage(run.uncovered);
  if (!run.timeline || !run.authoring) return { ok: false, problems: run.problems.map((problem) => problem.text), derived: true };
  return { ok: true, timeline: run.timeline, uncovered: run.uncovered, keepRootLinks: run.authoring.story.keepRootLinks === true };
}

/** Compares `files` with what is on disk (--check), or writes them and removes `stale`; exits non-zero on a difference. */
function settle(files: Map<string, string>, stale: readonly string[], uncovered: number, check: boolean, summary: string, keep: ReadonlySet<string> = new Set()): void {
  if (check) {
    const differ = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
    for (const [path] of differ) console.error(`data: ${show(path)} is not what derivation produces; run npm run data`);
    for (const path of stale) console.error(`data: ${show(path)} is left from a story no longer in seeds/; run npm run data`);
    if (uncovered > 0) console.error('data: the coverage report lists sentences no event quotes');
    if (differ.length > 0 || stale.length > 0 || uncovered > 0) process.exit(1);
    console.log(`data: ${files.size} file(s) match the derivation (${summary})`);
    return;
  }
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  for (const path of stale) {
    rmSync(path, { force: true });
    // A story's emptied folders go with it (`public/<slug>/data/`, `public/<slug>/`); the site's own stay.
    for (const dir of [dirname(path), dirname(dirname(path))]) {
      if (existsSync(dir) && readdirSync(dir).length === 0 && !keep.has(resolve(dir))) rmdirSync(dir);
    }
    console.log(`data: removed ${show(path)}, left from a story no longer in seeds/`);
  }
  console.log(`data: wrote ${summary}`);
}

/** One authoring file into one folder. */
function deriveOne(options: Options & { authoring: string; out: string }): void {
  const derived = deriveFile(options.authoring);
  if (!derived.ok) {
    for (const line of derived.problems) console.error(`data: ${line}`);
    if (derived.derived) fail(`${derived.problems.length} problem(s); nothing written`);
    process.exit(1);
  }
  const files = new Map([
    [join(options.out, 'timeline.json'), jsonText(derived.timeline)],
    [join(options.out, 'timeline.schema.json'), jsonSchemaText()],
  ]);
  settle(files, [], derived.uncovered.length, options.check, `${derived.timeline.events.length} events to ${show(options.out)}/timeline.json`);
}

/** The data files of stories that may be left in `publicDir` from an earlier derivation. */
function storyDataFiles(publicDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  const found = [join(publicDir, 'data', 'timeline.json')];
  for (const entry of readdirSync(publicDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'data') found.push(join(publicDir, entry.name, 'data', 'timeline.json'));
  }
  return found.filter((path) => existsSync(path));
}

/** Every story in `seeds/`, the site's index and the schema. */
function deriveSite(options: Options): void {
  if (!existsSync(options.seeds) || !statSync(options.seeds).isDirectory()) fail(`no seeds folder at ${show(options.seeds)}`);
  const names = readdirSync(options.seeds).filter((name) => name.endsWith(AUTHORING_SUFFIX)).sort();
  if (names.length === 0) fail(`${show(options.seeds)} holds no *${AUTHORING_SUFFIX} file: write one beside its article (see the README)`);
  const problems: string[] = [];
  const stories: { slug: string; timeline: Timeline; keepRootLinks: boolean }[] = [];
  let uncovered = 0;
  for (const name of names) {
    const slug = slugOf(name);
    const file = join(options.seeds, name);
    console.log(`data: ${show(file)}`);
    const badSlug = slugProblem(slug);
    if (badSlug) problems.push(`${show(file)}: ${badSlug}`);
    const derived = deriveFile(file);
    if (!derived.ok) problems.push(...derived.problems);
    else {
      stories.push({ slug, timeline: derived.timeline, keepRootLinks: derived.keepRootLinks });
      uncovered += derived.uncovered.length;
    }
  }
  const rooted = stories.filter((story) => story.keepRootLinks);
  if (rooted.length > 1) problems.push(`story.keepRootLinks: only one story can keep the site root's old links, and ${rooted.map((s) => `seeds/${s.slug}${AUTHORING_SUFFIX}`).join(' and ')} both say so`);
  if (problems.length > 0) {
    for (const line of problems) console.error(`data: ${line}`);
    fail(`${problems.length} problem(s); nothing written`);
  }
  const files = new Map<string, string>();
  const entries = stories.map(({ slug, timeline }) => {
    const path = storyPath(slug, stories.length);
    files.set(join(options.public, path, 'data', 'timeline.json'), jsonText(timeline));
    return storyIndexEntry(timeline, slug, path);
  });
  files.set(join(options.public, 'data', 'stories.json'), jsonText(siteIndex(entries, rooted[0]?.slug)));
  files.set(join(options.public, 'data', 'timeline.schema.json'), jsonSchemaText());
  const stale = storyDataFiles(options.public).filter((path) => !files.has(path));
  const events = stories.reduce((sum, story) => sum + story.timeline.events.length, 0);
  settle(files, stale, uncovered, options.check, `${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} (${events} events) to ${show(options.public)}`, new Set([resolve(options.public), resolve(options.public, 'data')]));
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (options.authoring && options.out) deriveOne({ ...options, authoring: options.authoring, out: options.out });
  else deriveSite(options);
}

main();
