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
import { jsonSchemaText } from './run.ts';
import { AUTHORING_SUFFIX } from './site.ts';
import { authoringNames, deriveFile, deriveSiteFiles, jsonText } from './siteRun.ts';

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
  const derived = deriveFile(options.authoring, show, (line) => console.log(line));
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

/** Every story in `seeds/`, the site's index and the schema. */
function deriveSite(options: Options): void {
  if (!existsSync(options.seeds) || !statSync(options.seeds).isDirectory()) fail(`no seeds folder at ${show(options.seeds)}`);
  if (authoringNames(options.seeds).length === 0) fail(`${show(options.seeds)} holds no *${AUTHORING_SUFFIX} file: write one beside its article (see the README)`);
  const site = deriveSiteFiles(options.seeds, options.public, show, (line) => console.log(line));
  if (site.problems.length > 0) {
    for (const line of site.problems) console.error(`data: ${line}`);
    fail(`${site.problems.length} problem(s); nothing written`);
  }
  const count = site.stories.length;
  settle(site.files, site.stale, site.uncovered, options.check, `${count} stor${count === 1 ? 'y' : 'ies'} (${site.events} events) to ${show(options.public)}`, site.keep);
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (options.authoring && options.out) deriveOne({ ...options, authoring: options.authoring, out: options.out });
  else deriveSite(options);
}

main();
