/**
 * `npm run data [-- AUTHORING.yaml] [--out DIR] [--check]`
 * Derives `timeline.json` and `timeline.schema.json` from a seed article and its authoring file.
 * With --check it writes nothing and fails when the committed files differ from a fresh derivation
 * or when the article states a figure that no event quotes.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { TimelineSchema } from '../../src/shared/schema/schema.ts';
import { AuthoringSchema } from './authoring.ts';
import { derive, type UncoveredSentence } from './derive.ts';
import { formatIssue } from './messages.ts';
import { decodeSeed, SeedEncodingError } from './seedText.ts';
import { seedBeside } from './seedPath.ts';
import { readYaml } from './yamlFile.ts';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');

interface Options {
  authoring: string;
  out: string;
  check: boolean;
}

function parseArgs(argv: string[]): Options {
  let authoring: string | undefined;
  let out = join(root, 'public/data');
  let check = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--out') out = resolve(argv[++i] ?? fail('--out needs a folder'));
    else if (arg?.startsWith('--')) fail(`unknown option ${arg}`);
    else if (arg) authoring = resolve(arg);
  }
  if (!authoring) {
    const found = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.events.yaml'));
    if (found.length !== 1) fail(`name the authoring file: seeds/ holds ${found.length} *.events.yaml files`);
    authoring = join(root, 'seeds', found[0] ?? '');
  }
  return { authoring, out, check };
}

function fail(message: string): never {
  console.error(`data: ${message}`);
  process.exit(1);
}

/** The JSON Schema, generated from the same zod schema the app validates with. */
export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(TimelineSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Sourceline timeline', $id: 'timeline.schema.json' }, null, 2)}\n`;
}

function printCoverage(uncovered: UncoveredSentence[]): void {
  if (uncovered.length === 0) {
    console.log('coverage: every sentence that states a date, time, relative day or number is quoted by an event');
    return;
  }
  console.log(`coverage: ${uncovered.length} sentence(s) state a date, time or number that no event quotes:`);
  for (const { sentence, mentions } of uncovered) {
    console.log(`  - [${sentence.start}–${sentence.end}] (${mentions.map((m) => `${m.kind} "${m.text}"`).join(', ')}) ${sentence.text}`);
  }
}

/** Fails unless `path` is a file (a folder named by mistake gets a message, not a stack trace). */
function requireFile(path: string, what: string): void {
  if (!existsSync(path)) fail(`no ${what} at ${relative(root, path) || path}`);
  if (statSync(path).isDirectory()) fail(`${relative(root, path) || path} is a folder; name the ${what} itself`);
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  requireFile(options.authoring, 'authoring file');
  const fileLabel = relative(root, options.authoring);
  // Its bytes must be UTF-8 too: a Latin-1 title would otherwise be published as "caf\uFFFD".
  let yamlText: string;
  try {
    yamlText = decodeSeed(readFileSync(options.authoring), fileLabel, 'the authoring file');
  } catch (error) {
    if (error instanceof SeedEncodingError) fail(error.message);
    throw error;
  }
  const read = readYaml(yamlText, fileLabel);
  if (!read.ok) {
    for (const message of read.messages) console.error(`data: ${message}`);
    process.exit(1);
  }
  const raw = read.data;
  const authoring = AuthoringSchema.safeParse(raw);
  if (!authoring.success) {
    for (const issue of authoring.error.issues) for (const line of formatIssue(issue, raw, AuthoringSchema)) console.error(`data: ${fileLabel}: ${line}`);
    process.exit(1);
  }
  const beside = seedBeside(options.authoring, authoring.data.seed);
  if ('problem' in beside) fail(`${fileLabel}: ${beside.problem}`);
  const seedFile = beside.path;
  requireFile(seedFile, 'seed file');
  let seed: string;
  try {
    seed = decodeSeed(readFileSync(seedFile), relative(root, seedFile));
  } catch (error) {
    if (error instanceof SeedEncodingError) fail(error.message);
    throw error;
  }
  const result = derive(seed, relative(root, seedFile), authoring.data, raw);
  for (const note of result.notes) console.log(`note: ${note}`);
  printCoverage(result.uncovered);
  if (!result.timeline) {
    for (const error of result.errors) console.error(`data: ${fileLabel}: ${error}`);
    fail(`${result.errors.length} problem(s); nothing written`);
  }
  const files = {
    'timeline.json': `${JSON.stringify(result.timeline, null, 2)}\n`,
    'timeline.schema.json': jsonSchemaText(),
  };
  if (options.check) {
    const stale = Object.entries(files).filter(([name, text]) => {
      const path = join(options.out, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    });
    for (const [name] of stale) console.error(`data: ${relative(root, join(options.out, name))} is not what derivation produces; run npm run data`);
    if (result.uncovered.length > 0) console.error('data: the coverage report lists sentences no event quotes');
    if (stale.length > 0 || result.uncovered.length > 0) process.exit(1);
    console.log(`data: ${Object.keys(files).join(' and ')} match the derivation (${result.timeline.events.length} events)`);
    return;
  }
  mkdirSync(options.out, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(options.out, name), text);
  console.log(`data: wrote ${result.timeline.events.length} events to ${relative(root, options.out)}/timeline.json`);
}

main();
