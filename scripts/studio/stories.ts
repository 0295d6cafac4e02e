import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import type { StudioAuthoring, StudioEvent, StudioFigure, StudioQuote, StudioStory, StudioVocabulary } from '../../src/studio/model/authoring.ts';
import { newStoryVocabulary } from '../../src/studio/model/kinds.ts';
import { AuthoringSchema } from '../data/authoring.ts';
import { formatIssue } from '../data/messages.ts';
import { coverageLine, problemOf, runData, type DataProblem, type DataRun, type SeedLoader } from '../data/run.ts';
import { seedBeside } from '../data/seedPath.ts';
import { decodeSeed, SeedEncodingError } from '../data/seedText.ts';
import { AUTHORING_SUFFIX, slugProblem, storyPath } from '../data/site.ts';
import { authoringNames, deriveSiteFiles } from '../data/siteRun.ts';
import { readYaml } from '../data/yamlFile.ts';
import { authoringYaml, innerComments, leadingComment, newFileComment, UnfaithfulYamlError } from './authoringYaml.ts';

/**
 * The stories of a seeds folder, as the studio reads and writes them: `<slug>.events.yaml` (the
 * authoring file) and the article it names beside it (`<slug>.txt` for a story made here, byte
 * for byte). A save writes the authoring file and, when `npm run data` would derive the whole site
 * without a problem, exactly the files it writes (the story's `<slug>/data/timeline.json`, the
 * site's `data/stories.json` and the schema, and the removal of files left from stories no longer
 * in the seeds folder), each by writing a temporary file and renaming it over the old one, so a
 * failed write never leaves half a file. Two tabs are kept from overwriting each other by the authoring file's
 * hash: a save names the version it started from, and a file that has changed since is not
 * overwritten. A save that fails leaves a recovery copy of what was to be written.
 */

export interface StudioPaths {
  /** The repository root: seed paths in the data are relative to it, as `npm run data` writes them. */
  root: string;
  seeds: string;
  /** The site's public folder, as `npm run data` writes it (`public`): each story's data in `<slug>/data/`, the index in `data/`. */
  public: string;
  recovery: string;
  /** The log of authoring time (authoringLog.ts); none is kept without it. */
  log?: string;
}

/** The file operations a save uses; a test may make them fail. */
export interface Disk {
  writeFile(path: string, content: string | Uint8Array): void;
  rename(from: string, to: string): void;
  mkdir(path: string): void;
  remove(path: string): void;
}

export const nodeDisk: Disk = {
  writeFile: (path, content) => writeFileSync(path, content),
  rename: (from, to) => renameSync(from, to),
  mkdir: (path) => mkdirSync(path, { recursive: true }),
  remove: (path) => rmSync(path, { force: true }),
};

/** An existing story's name, as its files are named (an article named by no authoring file may have any such name). */
const EXISTING = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The version of an authoring file: the hash of its bytes, or `none` when there is none yet. */
export function versionOf(path: string): string {
  return existsSync(path) ? sha256(readFileSync(path)) : 'none';
}

export class StudioError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function files(paths: StudioPaths, slug: string) {
  if (!EXISTING.test(slug)) throw new StudioError(404, `no story called "${slug}"`);
  return { authoring: join(paths.seeds, `${slug}.events.yaml`), seed: join(paths.seeds, `${slug}.txt`) };
}

const label = (paths: StudioPaths, path: string) => relative(paths.root, path) || path;

export interface StorySummary {
  slug: string;
  hasAuthoring: boolean;
  title?: string;
  events?: number;
  /** The article, as the authoring file names it (`gaza-truce` keeps `000_126b9c83ffb51b79.txt`). */
  seed?: string;
}

/** An article's first line, its headline when the file declares none (as npm run data reads it by default); for the list only. */
function firstLine(paths: StudioPaths, seed: string): string | undefined {
  const path = join(paths.seeds, basename(seed));
  try {
    const line = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '');
    return line?.trim().slice(0, 160);
  } catch {
    return undefined;
  }
}

/**
 * The stories in the seeds folder: every authoring file, as `npm run data` derives them, and every
 * article no authoring file names yet (a story begun in the studio and not saved). An article an
 * authoring file names is that story's, whatever its own name.
 */
export function listStories(paths: StudioPaths): StorySummary[] {
  if (!existsSync(paths.seeds)) return [];
  const names = readdirSync(paths.seeds);
  const named = new Set<string>();
  const stories: StorySummary[] = authoringNames(paths.seeds).map((name) => {
    const slug = name.slice(0, -AUTHORING_SUFFIX.length);
    let data: { seed?: unknown; story?: { title?: unknown; headlines?: unknown }; events?: unknown } = {};
    try {
      const read = readYaml(readFileSync(join(paths.seeds, name), 'utf8'), slug);
      if (read.ok && read.data !== null && typeof read.data === 'object') data = read.data;
    } catch {
      // Shown by name only; opening the story says what is wrong with it.
    }
    const seed = typeof data.seed === 'string' ? data.seed : undefined;
    if (seed) named.add(basename(seed));
    const title =
      typeof data.story?.title === 'string'
        ? data.story.title
        : Array.isArray(data.story?.headlines) && typeof data.story.headlines[0] === 'string'
          ? data.story.headlines[0]
          : seed
            ? firstLine(paths, seed)
            : undefined;
    return { slug, hasAuthoring: true, ...(title ? { title } : {}), ...(Array.isArray(data.events) ? { events: data.events.length } : {}), ...(seed ? { seed } : {}) };
  });
  const withAuthoring = new Set(stories.map((story) => story.slug));
  for (const name of names) {
    if (!name.endsWith('.txt') || named.has(name)) continue;
    const slug = name.slice(0, -4);
    if (EXISTING.test(slug) && !withAuthoring.has(slug)) stories.push({ slug, hasAuthoring: false });
  }
  return stories.filter((story) => EXISTING.test(story.slug)).sort((a, b) => a.slug.localeCompare(b.slug, 'en'));
}

/** The seed loader `npm run data` would use for an authoring file in the seeds folder: the article must be a file beside it. */
function seedLoader(paths: StudioPaths, authoringFile: string, fileLabel: string): SeedLoader {
  return (seed) => {
    const beside = seedBeside(authoringFile, seed);
    if ('problem' in beside) return { error: `${fileLabel}: ${beside.problem}` };
    const path = beside.path;
    if (!existsSync(path)) return { error: `no seed file at ${label(paths, path)}` };
    if (statSync(path).isDirectory()) return { error: `${label(paths, path)} is a folder; name the seed file itself` };
    return { bytes: readFileSync(path), path: label(paths, path) };
  };
}

/** A value where the file wants text, as text: a number as written, anything else as JSON (the pipeline then names it). */
function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const texts = (value: unknown): string[] => list(value).map((item) => text(item) ?? '');

/** A declared vocabulary as the studio edits it, each value as written (the pipeline names what is wrong). */
function toStudioVocabulary(value: unknown): StudioVocabulary | undefined {
  if (value === undefined || value === null) return undefined;
  const vocabulary = record(value);
  const lanes = list(vocabulary.lanes).map((item) => {
    const lane = record(item);
    const color = lane.color === undefined ? undefined : record(lane.color);
    return defined({
      id: text(lane.id) ?? '',
      name: text(lane.name) ?? '',
      shortName: text(lane.shortName),
      shape: text(lane.shape),
      color: color ? { light: text(color.light) ?? '', dark: text(color.dark) ?? '' } : undefined,
      periods: typeof lane.periods === 'boolean' ? lane.periods : undefined,
      kinds: list(lane.kinds).map((k) => ({ id: text(record(k).id) ?? '', label: text(record(k).label) ?? '' })),
    });
  });
  const figureGroups =
    vocabulary.figureGroups === undefined
      ? undefined
      : list(vocabulary.figureGroups).map((item) => {
          const group = record(item);
          return defined({ heading: text(group.heading) ?? '', kinds: texts(group.kinds), units: group.units === undefined ? undefined : texts(group.units), chart: text(group.chart) ?? '' });
        });
  return { lanes, ...(figureGroups ? { figureGroups } : {}) };
}

/** An authoring file's data as the studio edits it, keeping every value as written so the pipeline can name what is wrong. */
export function toStudioAuthoring(raw: unknown, seed: string): StudioAuthoring {
  const data = record(raw);
  const story = record(data.story);
  const source = record(story.source);
  const studioStory: StudioStory = defined({
    title: text(story.title),
    headlines: Array.isArray(story.headlines) ? story.headlines.map((h) => text(h) ?? '') : undefined,
    date: text(story.date),
    dateBasis: text(story.dateBasis),
    dateNote: text(story.dateNote),
    timeZone: text(story.timeZone),
    timeZoneName: text(story.timeZoneName),
    lang: text(story.lang),
    source:
      story.source === undefined
        ? undefined
        : defined({
            publisher: text(source.publisher),
            url: text(source.url),
            byline: text(source.byline),
            published: text(source.published),
            license: source.license === undefined ? undefined : defined({ name: text(record(source.license).name) ?? '', url: text(record(source.license).url) }),
          }),
    keepRootLinks: typeof story.keepRootLinks === 'boolean' ? story.keepRootLinks : undefined,
  });
  const events: StudioEvent[] = list(data.events).map((item) => {
    const e = record(item);
    const figures: StudioFigure[] = list(e.figures).map((f) => {
      const figure = record(f);
      return defined({ value: typeof figure.value === 'number' ? figure.value : (text(figure.value) ?? ''), unit: text(figure.unit) ?? '', label: text(figure.label) ?? '', qualifier: text(figure.qualifier), scope: text(figure.scope) });
    });
    const quotes: StudioQuote[] = list(e.quotes).map((q) => {
      if (typeof q === 'string') return { text: q };
      const quote = record(q);
      return defined({ text: text(quote.text) ?? '', occurrence: typeof quote.occurrence === 'number' ? quote.occurrence : undefined });
    });
    return defined({
      id: text(e.id) ?? '',
      kind: text(e.kind) ?? '',
      title: text(e.title) ?? '',
      summary: text(e.summary),
      start: text(e.start) ?? '',
      end: text(e.end),
      dateBasis: text(e.dateBasis) ?? '',
      dateNote: text(e.dateNote),
      figures,
      quotes,
    });
  });
  const vocabulary = toStudioVocabulary(data.vocabulary);
  return { seed: text(data.seed) ?? seed, story: studioStory, ...(vocabulary ? { vocabulary } : {}), events };
}

export interface OpenedStory {
  slug: string;
  /** The article, as its bytes decode (UTF-8). */
  seedText: string;
  /** The seed's path as the data records it. */
  seedPath: string;
  /** Null when the file cannot be opened in the studio; `problems` then say why. */
  authoring: StudioAuthoring | null;
  problems: DataProblem[];
  version: string;
  /** Comment lines inside the file that a save from the studio does not keep. */
  innerComments: number;
  /** Where its derived data is written, relative to the root. */
  dataFolder: string;
}

/**
 * The folder `npm run data` writes a story's `timeline.json` to: `<public>/<slug>/data/`, or
 * `<public>/data/` when it is the site's only story (counting this one, saved or not).
 */
export function dataFolderFor(paths: StudioPaths, slug: string): string {
  const names = new Set(authoringNames(paths.seeds));
  names.add(`${slug}${AUTHORING_SUFFIX}`);
  return join(paths.public, storyPath(slug, names.size), 'data');
}

/** Opens a story: its article, its authoring file read leniently (a key the pipeline does not know is refused, as it would be lost). */
export function openStory(paths: StudioPaths, slug: string): OpenedStory {
  const f = files(paths, slug);
  const hasAuthoring = existsSync(f.authoring);
  if (!hasAuthoring && !existsSync(f.seed)) throw new StudioError(404, `no story called "${slug}" in ${label(paths, paths.seeds)}`);
  let yamlText = '';
  try {
    // The authoring file must be UTF-8, as npm run data asks: else a Latin-1 title would be shown, and saved, as "caf\uFFFD".
    if (hasAuthoring) yamlText = decodeSeed(readFileSync(f.authoring), label(paths, f.authoring), 'the authoring file');
  } catch (error) {
    if (error instanceof SeedEncodingError) throw new StudioError(422, error.message);
    throw error;
  }
  let authoring: StudioAuthoring | null = { seed: `${slug}.txt`, story: {}, vocabulary: newStoryVocabulary(), events: [] };
  let problems: DataProblem[] = [];
  if (hasAuthoring) {
    const read = readYaml(yamlText, label(paths, f.authoring));
    if (!read.ok) {
      authoring = null;
      problems = read.messages.map((t) => ({ text: t, path: null, message: t }));
    } else {
      const parsed = AuthoringSchema.safeParse(read.data);
      const unknownKeys = parsed.success ? [] : parsed.error.issues.filter((issue) => issue.code === 'unrecognized_keys' || (issue.code === 'invalid_type' && issue.path.length === 0));
      if (unknownKeys.length > 0) {
        authoring = null;
        problems = unknownKeys.flatMap((issue) => formatIssue(issue, read.data, AuthoringSchema)).map((line) => problemOf(`${label(paths, f.authoring)}: ${line}`, line));
      } else authoring = toStudioAuthoring(read.data, `${slug}.txt`);
    }
  }
  const beside = seedBeside(f.authoring, authoring?.seed ?? `${slug}.txt`);
  if ('problem' in beside) throw new StudioError(422, `${label(paths, f.authoring)}: ${beside.problem}`);
  const seedFile = beside.path;
  if (!existsSync(seedFile)) throw new StudioError(404, `no seed file at ${label(paths, seedFile)}`);
  let seedText: string;
  try {
    seedText = decodeSeed(readFileSync(seedFile), label(paths, seedFile));
  } catch (error) {
    if (error instanceof SeedEncodingError) throw new StudioError(422, error.message);
    throw error;
  }
  const seedPath = label(paths, seedFile);
  return {
    slug,
    seedText,
    seedPath,
    authoring,
    problems,
    version: versionOf(f.authoring),
    innerComments: hasAuthoring ? Math.max(0, innerComments(yamlText)) : 0,
    dataFolder: label(paths, dataFolderFor(paths, slug)),
  };
}

/** Creates a story from an article's bytes, stored as they are; refuses a name in use and text that is not UTF-8. */
export function createStory(paths: StudioPaths, slug: string, bytes: Uint8Array, disk: Disk = nodeDisk): { slug: string } {
  // The name becomes the story's folder of the site: npm run data's own rule, in its words.
  const badSlug = slugProblem(slug);
  if (badSlug) throw new StudioError(400, badSlug);
  const f = files(paths, slug);
  if (existsSync(f.seed) || existsSync(f.authoring)) throw new StudioError(409, `a story called "${slug}" already exists in ${label(paths, paths.seeds)}; choose another name`);
  if (bytes.length === 0) throw new StudioError(400, 'the article is empty');
  try {
    decodeSeed(bytes, `${slug}.txt`);
  } catch (error) {
    if (error instanceof SeedEncodingError) throw new StudioError(422, error.message);
    throw error;
  }
  disk.mkdir(paths.seeds);
  writeAtomically(disk, f.seed, bytes);
  return { slug };
}

let counter = 0;
function writeAtomically(disk: Disk, path: string, content: string | Uint8Array): void {
  counter += 1;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
  try {
    disk.writeFile(temporary, content);
    disk.rename(temporary, path);
  } catch (error) {
    // The temporary file goes; the old file was never touched.
    try {
      disk.remove(temporary);
    } catch {
      // Nothing more can be done; the error below says what failed.
    }
    throw error;
  }
}

export interface CheckResult {
  problems: DataProblem[];
  notes: string[];
  /** The coverage report: sentences that state a date or number no event quotes, as lines and as offsets. */
  uncovered: { line: string; start: number; end: number; mentions: { kind: string; text: string; start: number; end: number }[] }[];
  /** The timeline as far as it derives: every event without a problem. */
  preview: Timeline | null;
  /** The events the preview leaves out for their problems, by index. */
  leftOut: number[];
  stage: DataRun['stage'];
}

/** Runs `npm run data`'s checks on what the editor has, and derives a preview of the events that pass. */
export function checkStory(paths: StudioPaths, slug: string, authoring: StudioAuthoring): CheckResult {
  const f = files(paths, slug);
  const fileLabel = label(paths, f.authoring);
  const run = runData(authoringYaml(authoring, ''), fileLabel, seedLoader(paths, f.authoring, fileLabel));
  let preview = run.timeline;
  const leftOut = [...new Set(run.problems.flatMap((p) => (/^events\[(\d+)\]/.exec(p.path ?? '')?.[1] ?? null) ?? []).map(Number))].sort((a, b) => a - b);
  if (!preview && (run.stage === 'derive' || run.stage === 'schema')) {
    const events = authoring.events.filter((_, i) => !leftOut.includes(i));
    if (events.length > 0) preview = runData(authoringYaml({ ...authoring, events }, ''), fileLabel, seedLoader(paths, f.authoring, fileLabel)).timeline;
  }
  return {
    stage: run.stage,
    problems: run.problems,
    notes: run.notes,
    uncovered: run.uncovered.map((u) => ({ line: coverageLine(u), start: u.sentence.start, end: u.sentence.end, mentions: u.mentions })),
    preview,
    leftOut,
  };
}

export type SaveResult =
  | {
      ok: true;
      version: string;
      wrote: string[];
      dataWritten: boolean;
      problems: DataProblem[];
      uncovered: number;
      dataFolder: string;
      /** Why the site's data was not written although this story derives: another story's problems, as `npm run data` prints them. */
      siteProblems: string[];
      /** Files removed as `npm run data` removes them (left from a story no longer in the seeds folder, or moved to its own folder). */
      removed: string[];
    }
  | { ok: false; conflict: true; version: string; authoring: StudioAuthoring | null }
  | { ok: false; conflict: false; message: string; recovery: string | null; version: string };

/**
 * Saves the editor's work: the authoring file, and what `npm run data` writes from the whole seeds
 * folder when it derives without a problem. Refused when the file changed since `baseVersion`
 * (another tab, or a text editor); a failed write leaves the old file whole and a recovery copy of
 * the new one.
 */
export function saveStory(paths: StudioPaths, slug: string, authoring: StudioAuthoring, baseVersion: string, disk: Disk = nodeDisk): SaveResult {
  const f = files(paths, slug);
  const current = versionOf(f.authoring);
  if (current !== baseVersion) {
    let theirs: StudioAuthoring | null = null;
    try {
      theirs = openStory(paths, slug).authoring;
    } catch {
      theirs = null;
    }
    return { ok: false, conflict: true, version: current, authoring: theirs };
  }
  const previous = existsSync(f.authoring) ? readFileSync(f.authoring, 'utf8') : '';
  let yamlText: string;
  try {
    yamlText = authoringYaml(authoring, previous ? leadingComment(previous) : newFileComment(authoring.seed));
  } catch (error) {
    if (!(error instanceof UnfaithfulYamlError)) throw error;
    return { ok: false, conflict: false, message: error.message, recovery: recover(paths, slug, JSON.stringify(authoring, null, 2), 'json', disk), version: current };
  }
  const fileLabel = label(paths, f.authoring);
  const run = runData(yamlText, fileLabel, seedLoader(paths, f.authoring, fileLabel));
  const wrote: string[] = [];
  try {
    disk.mkdir(paths.seeds);
    writeAtomically(disk, f.authoring, yamlText);
    wrote.push(fileLabel);
  } catch (error) {
    return { ok: false, conflict: false, message: `could not write ${fileLabel}: ${(error as Error).message}`, recovery: recover(paths, slug, yamlText, 'events.yaml', disk), version: current };
  }
  const version = sha256(yamlText);
  const folder = dataFolderFor(paths, slug);
  const saved = { ok: true as const, version, wrote, problems: run.problems, uncovered: run.uncovered.length, dataFolder: label(paths, folder) };
  // This story does not derive: its problems say why; nothing of the site's data changes.
  if (!run.files) return { ...saved, dataWritten: false, siteProblems: [], removed: [] };
  // The whole site, as npm run data derives it from the seeds folder now holding this file.
  const site = deriveSiteFiles(paths.seeds, paths.public, (path) => label(paths, path), () => {});
  if (site.problems.length > 0) return { ...saved, dataWritten: false, siteProblems: site.problems, removed: [] };
  const removed: string[] = [];
  try {
    for (const [path, content] of site.files) {
      if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
      disk.mkdir(dirname(path));
      writeAtomically(disk, path, content);
      wrote.push(label(paths, path));
    }
    for (const path of site.stale) {
      disk.remove(path);
      removed.push(label(paths, path));
      // A story's emptied folders go with it, as npm run data removes them; the site's own stay.
      for (const dir of [dirname(path), dirname(dirname(path))]) {
        if (existsSync(dir) && readdirSync(dir).length === 0 && !site.keep.has(resolve(dir))) rmdirSync(dir);
      }
    }
  } catch (error) {
    return { ok: false, conflict: false, message: `saved ${fileLabel}, but could not write the site's data to ${label(paths, paths.public)}: ${(error as Error).message}`, recovery: null, version };
  }
  return { ...saved, dataWritten: true, siteProblems: [], removed };
}

/** Writes a recovery copy; returns its path, or null when even that cannot be written. */
function recover(paths: StudioPaths, slug: string, content: string, extension: string, disk: Disk): string | null {
  try {
    disk.mkdir(paths.recovery);
    const path = join(paths.recovery, `${slug}-${new Date().toISOString().replace(/[:.]/g, '-')}.${extension}`);
    disk.writeFile(path, content);
    return label(paths, path);
  } catch {
    return null;
  }
}
