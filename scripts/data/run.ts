import { z } from 'zod';
import { TimelineSchema, type Timeline } from '../../src/shared/schema/schema.ts';
import { AuthoringSchema, type Authoring } from './authoring.ts';
import { derive, type UncoveredSentence } from './derive.ts';
import { formatIssue } from './messages.ts';
import { decodeSeed, SeedEncodingError } from './seedText.ts';
import { readYaml } from './yamlFile.ts';

/**
 * One run of the data pipeline on an authoring file's text: read the YAML strictly, check it
 * against the authoring schema, read the seed as UTF-8, derive and validate the timeline, and
 * write its two files' text. `npm run data` prints what this returns; the studio's local API calls
 * the same function on the file it is about to save, so every check the studio shows is the
 * pipeline's own, with the same words.
 */

/** The JSON Schema, generated from the same zod schema the app validates with. */
export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(TimelineSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Sourceline timeline', $id: 'timeline.schema.json' }, null, 2)}\n`;
}

/** A problem as `npm run data` prints it after `data: `, and the field it is about when it names one. */
export interface DataProblem {
  /** The whole line, as printed after `data: `. */
  text: string;
  /** The field's path (`events[3].figures[0]`), or null for the file as a whole. */
  path: string | null;
  /** The line without the file and the path. */
  message: string;
}

/** Where a run stopped: at the YAML, the authoring schema, the seed, the derivation, or nowhere. */
export type DataStage = 'yaml' | 'schema' | 'seed' | 'derive' | 'done';

export interface DataRun {
  stage: DataStage;
  problems: DataProblem[];
  /** What the derivation decided for the editor to know (which lines are headlines). */
  notes: string[];
  uncovered: UncoveredSentence[];
  /** The authoring file as the schema read it, once it passed. */
  authoring: Authoring | null;
  timeline: Timeline | null;
  /** The text of the files `npm run data` writes, when the derivation succeeded. */
  files: { 'timeline.json': string; 'timeline.schema.json': string } | null;
}

/** One sentence of the coverage report, as `npm run data` prints it. */
export function coverageLine({ sentence, mentions }: UncoveredSentence): string {
  return `[${sentence.start}–${sentence.end}] (${mentions.map((m) => `${m.kind} "${m.text}"`).join(', ')}) ${sentence.text}`;
}

/** Reads a seed by the name the authoring file gives: its bytes and its path as the data records it, or why not. */
export type SeedLoader = (seed: string) => { bytes: Uint8Array; path: string } | { error: string };

const PATH = /^((?:[A-Za-z_][\w-]*|\(the whole file\))(?:\[\d+\]|\.[A-Za-z_][\w-]*)*): /;

/** Splits a message line into the field it names and what it says. */
export function problemOf(text: string, line: string = text): DataProblem {
  const m = PATH.exec(line);
  return m && m[1] !== '(the whole file)' ? { text, path: m[1] ?? null, message: line.slice(m[0].length) } : { text, path: null, message: m ? line.slice(m[0].length) : line };
}

/** Runs the pipeline on `yaml`, the text of the authoring file called `fileLabel` in messages. */
export function runData(yaml: string, fileLabel: string, loadSeed: SeedLoader): DataRun {
  const empty = { notes: [], uncovered: [], authoring: null, timeline: null, files: null };
  const read = readYaml(yaml, fileLabel);
  if (!read.ok) return { stage: 'yaml', problems: read.messages.map((text) => ({ text, path: null, message: text })), ...empty };
  const raw = read.data;
  const authoring = AuthoringSchema.safeParse(raw);
  if (!authoring.success) {
    const lines = authoring.error.issues.flatMap((issue) => formatIssue(issue, raw, AuthoringSchema));
    return { stage: 'schema', problems: lines.map((line) => problemOf(`${fileLabel}: ${line}`, line)), ...empty };
  }
  const loaded = loadSeed(authoring.data.seed);
  if ('error' in loaded) return { stage: 'seed', problems: [{ text: loaded.error, path: 'seed', message: loaded.error }], ...empty, authoring: authoring.data };
  let seed: string;
  try {
    seed = decodeSeed(loaded.bytes, loaded.path);
  } catch (error) {
    if (!(error instanceof SeedEncodingError)) throw error;
    return { stage: 'seed', problems: [{ text: error.message, path: 'seed', message: error.message }], ...empty, authoring: authoring.data };
  }
  const result = derive(seed, loaded.path, authoring.data, raw);
  const common = { notes: result.notes, uncovered: result.uncovered, authoring: authoring.data };
  if (!result.timeline) {
    return { stage: 'derive', problems: result.errors.map((line) => problemOf(`${fileLabel}: ${line}`, line)), ...common, timeline: null, files: null };
  }
  return {
    stage: 'done',
    problems: [],
    ...common,
    timeline: result.timeline,
    files: { 'timeline.json': `${JSON.stringify(result.timeline, null, 2)}\n`, 'timeline.schema.json': jsonSchemaText() },
  };
}
