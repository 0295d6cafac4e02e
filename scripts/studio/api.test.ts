import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StudioAuthoring } from '../../src/studio/model/authoring.ts';
import { newStoryVocabulary } from '../../src/studio/model/kinds.ts';
import { createStudioApi } from './api.ts';
import { readLog } from './authoringLog.ts';
import { nodeDisk, type Disk, type StudioPaths } from './stories.ts';

/**
 * The studio's API over real HTTP, on a temporary seeds folder inside the repository (so seed
 * paths are written as `npm run data` writes them): creating a story byte for byte, checks with the
 * pipeline's words, saves equal to what `npm run data` derives, two tabs that do not overwrite each
 * other, a failed save that loses nothing, and requests from other pages refused.
 */

const repo = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
const ARTICLE = 'Storm closes the coast road\r\n\r\nSaturday, February 15, 2014\r\n\r\nTwo people have died in storms that battered the coast last night. About 300 homes lost power.\r\n';

let dir = '';
let server: Server;
let port = 0;
let paths: StudioPaths;
let disk: Disk = nodeDisk;

beforeEach(async () => {
  mkdirSync(join(repo, '.cache'), { recursive: true });
  dir = mkdtempSync(join(repo, '.cache', 'studio-api-'));
  paths = { root: repo, seeds: join(dir, 'seeds'), public: join(dir, 'public'), recovery: join(dir, 'recovery'), log: join(dir, 'authoring-log.jsonl') };
  disk = nodeDisk;
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  // The disk is read at each request, so a test can make it fail.
  const api = (d: Disk) => createStudioApi({ paths, port, disk: d });
  server.on('request', (req, res) => void api(disk)(req, res));
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  body: string;
  json: <T = Record<string, unknown>>() => T;
}

function call(method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { 'x-sourceline-studio': '1', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: text, json: <T,>() => JSON.parse(text) as T });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A path the API names (from the repository's root) as a path in the test's folder. */
const local = (path: string) => path.slice(dir.length - repo.length);

const put = (slug: string, authoring: StudioAuthoring, baseVersion: string) => call('PUT', `/api/stories/${slug}`, JSON.stringify({ authoring, baseVersion }));

const EVENT = {
  id: 'storm-deaths',
  kind: 'casualties',
  title: 'Two die in the storms',
  start: '2014-02-14',
  dateBasis: 'inferred',
  dateNote: '“last night” is the day before the article’s date.',
  figures: [{ value: 2, unit: 'people', label: 'died' }],
  quotes: [{ text: 'Two people have died in storms that battered the coast last night.' }],
};
const AUTHORING: StudioAuthoring = { seed: 'storm.txt', story: { date: '2014-02-15', dateBasis: 'stated' }, events: [EVENT] };

async function create(slug = 'storm', bytes: string | Buffer = ARTICLE) {
  return call('POST', `/api/stories?slug=${slug}`, bytes, { 'content-type': 'application/octet-stream' });
}

// Each test runs the data pipeline over a seeds folder through real HTTP: on two busy cores one took
// more than vitest's 5 s.
describe('the studio’s API', { timeout: 30_000 }, () => {
  it('creates a story from the article’s bytes, stored as they are (CRLF and a byte-order mark kept)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]);
    expect((await create('storm', bytes)).status).toBe(201);
    expect(readFileSync(join(paths.seeds, 'storm.txt')).equals(bytes)).toBe(true);
    expect((await call('GET', '/api/stories')).json()).toEqual({ stories: [{ slug: 'storm', hasAuthoring: false }] });
    const opened = (await call('GET', '/api/stories/storm')).json<{ version: string; authoring: StudioAuthoring; seedText: string }>();
    expect(opened.version).toBe('none');
    // A new story starts with its kinds written out (the default set made general), for the editor to change.
    expect(opened.authoring).toEqual({ seed: 'storm.txt', story: {}, vocabulary: newStoryVocabulary(), events: [] });
    expect(opened.authoring.vocabulary?.lanes.flatMap((l) => l.kinds.map((k) => k.id))).toContain('casualties');
    expect(opened.seedText).toBe(`\uFEFF${ARTICLE}`);
  });

  it('refuses a name in use, a name that cannot be a file, and an article that is not UTF-8', async () => {
    await create();
    expect(await create()).toMatchObject({ status: 409 });
    // npm run data's own rule for a story's folder, in its words.
    expect((await create('Storm%20Two')).json()).toEqual({ error: expect.stringMatching(/^"Storm Two" cannot be a story's folder: name the file with lowercase letters, digits and hyphens/) as unknown });
    expect((await create('assets')).json()).toEqual({ error: expect.stringMatching(/^"assets" is a folder the site's root already uses/) as unknown });
    const latin1 = await create('latin', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(latin1.status).toBe(422);
    expect(latin1.json<{ error: string }>().error).toMatch(/^latin\.txt is not UTF-8 text: byte 3 \(line 1\) is 0xE9/);
    expect(existsSync(join(paths.seeds, 'latin.txt'))).toBe(false);
  });

  it('checks the editor’s work with npm run data’s own messages, at the field they name', async () => {
    await create();
    const wrong = { ...AUTHORING, events: [{ ...EVENT, figures: [{ value: 3, unit: 'people', label: 'died' }] }, { ...EVENT, id: 'homes', quotes: [{ text: 'About 300 homes lost power.' }], figures: [{ value: 300, unit: 'homes', label: 'without power' }] }] };
    const check = (await call('POST', '/api/stories/storm/check', JSON.stringify({ authoring: wrong }))).json<{ problems: { path: string; message: string; text: unknown }[]; preview: { events: { id: string }[] } | null; uncovered: { line: string }[] }>();
    expect(check.problems).toEqual([
      {
        path: 'events[0].figures[0]',
        message: 'figure 3 people (died) is not stated in any of its quotes (they state "Two") (event "storm-deaths")',
        text: 'storm.events.yaml: events[0].figures[0]: figure 3 people (died) is not stated in any of its quotes (they state "Two") (event "storm-deaths")'.replace('storm.events.yaml', `${paths.seeds.slice(repo.length + 1)}/storm.events.yaml`),
      },
      {
        path: 'events[1].figures[0]',
        message: 'figure 300 homes (without power): the quote says "About 300 homes lost…"; add qualifier: about (the figure must carry the article\'s hedge) (event "homes")',
        text: expect.stringContaining('events[1].figures[0]: figure 300 homes') as unknown,
      },
    ]);
    // The preview leaves out the events with problems.
    expect(check.preview).toBeNull();
    const one = (await call('POST', '/api/stories/storm/check', JSON.stringify({ authoring: { ...wrong, events: [EVENT, wrong.events[1]] } }))).json<typeof check>();
    expect(one.preview?.events.map((e) => e.id)).toEqual(['storm-deaths']);
    // The coverage report counts every quote found, and the story's date covers the date line.
    expect(one.uncovered).toEqual([]);
    const uncovered = (await call('POST', '/api/stories/storm/check', JSON.stringify({ authoring: AUTHORING }))).json<typeof check>();
    expect(uncovered.uncovered.map((u) => u.line)).toEqual([expect.stringMatching(/^\[\d+–\d+\] \(number "300"\) About 300 homes lost power\.$/)]);
  });

  it('saves the authoring file and exactly the data npm run data derives from it', async () => {
    await create();
    const saved = await put('storm', AUTHORING, 'none');
    expect(saved.status).toBe(200);
    const result = saved.json<{ version: string; wrote: string[]; dataWritten: boolean }>();
    expect(result.dataWritten).toBe(true);
    // The only story is the site's root: its data in data/, beside the index and the schema.
    expect(result.wrote.map(local)).toEqual(['seeds/storm.events.yaml', 'public/data/timeline.json', 'public/data/stories.json', 'public/data/timeline.schema.json']);
    const cli = spawnSync(tsx, [join(repo, 'scripts/data/cli.ts'), '--seeds', paths.seeds, '--public', paths.public, '--check'], { cwd: repo, encoding: 'utf8' });
    expect(cli.stderr).toMatch(/the coverage report lists sentences no event quotes/);
    expect(cli.stderr).not.toMatch(/is not what derivation produces/);
    expect(JSON.parse(readFileSync(join(paths.public, 'data', 'timeline.json'), 'utf8'))).toMatchObject({ story: { seed: `${paths.seeds.slice(repo.length + 1)}/storm.txt` } });
    const opened = (await call('GET', '/api/stories/storm')).json<{ version: string; authoring: StudioAuthoring }>();
    expect(opened.version).toBe(result.version);
    expect(opened.authoring).toEqual(AUTHORING);
  });

  it('says, on the first save npm run data -- --check passes, how long the story took from its article pasted, and logs each save', async () => {
    await create();
    const first = (await put('storm', AUTHORING, 'none')).json<{ version: string; madeInSeconds?: number }>();
    // One sentence with a number is not quoted yet: the check does not pass, and nothing is said.
    expect(first.madeInSeconds).toBeUndefined();
    const homes = { ...EVENT, id: 'homes', title: 'Homes lose power', quotes: [{ text: 'About 300 homes lost power.' }], figures: [{ value: 300, unit: 'homes', label: 'without power', qualifier: 'about' }] };
    const clean = (await put('storm', { ...AUTHORING, events: [EVENT, homes] }, first.version)).json<{ uncovered: number; problems: unknown[]; madeInSeconds?: number }>();
    expect([clean.uncovered, clean.problems]).toEqual([0, []]);
    expect(clean.madeInSeconds).toBeGreaterThanOrEqual(0);
    expect(readLog(join(dir, 'authoring-log.jsonl')).map((e) => (e.event === 'saved' ? [e.event, e.events, e.uncovered] : [e.event]))).toEqual([['created'], ['saved', 1, 1], ['saved', 2, 0]]);
  });

  it('does not let a second tab overwrite a save it has not seen', async () => {
    await create();
    const first = (await put('storm', AUTHORING, 'none')).json<{ version: string }>();
    const edited = { ...AUTHORING, events: [{ ...EVENT, title: 'Changed in tab A' }] };
    expect((await put('storm', edited, first.version)).status).toBe(200);
    const before = readFileSync(join(paths.seeds, 'storm.events.yaml'), 'utf8');
    // Tab B still holds the first version.
    const stale = await put('storm', { ...AUTHORING, events: [{ ...EVENT, title: 'Changed in tab B' }] }, first.version);
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ conflict: true, authoring: { events: [{ title: 'Changed in tab A' }] } });
    expect(readFileSync(join(paths.seeds, 'storm.events.yaml'), 'utf8')).toBe(before);
  });

  it('keeps the old file whole and a recovery copy of the new one when a save cannot write', async () => {
    await create();
    const first = (await put('storm', AUTHORING, 'none')).json<{ version: string }>();
    const before = readFileSync(join(paths.seeds, 'storm.events.yaml'), 'utf8');
    disk = { ...nodeDisk, rename: () => { throw new Error('ENOSPC: no space left on device'); } };
    const failed = await put('storm', { ...AUTHORING, events: [{ ...EVENT, title: 'Not lost' }] }, first.version);
    expect(failed.status).toBe(500);
    const body = failed.json<{ message: string; recovery: string; version: string }>();
    expect(body.message).toMatch(/^could not write .*storm\.events\.yaml: ENOSPC: no space left on device$/);
    expect(body.version).toBe(first.version);
    expect(readFileSync(join(paths.seeds, 'storm.events.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(join(repo, body.recovery), 'utf8')).toContain('title: Not lost');
    expect(readdirSync(paths.seeds).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('opens a file the pipeline rejects for its values, but refuses one whose unknown keys a save would drop', async () => {
    await create();
    writeFileSync(join(paths.seeds, 'storm.events.yaml'), 'seed: storm.txt\nstory: {}\nevents:\n  - id: x\n    kind: nonsense\n    title: T\n    start: 2014-02-30\n    dateBasis: stated\n    quotes: []\n');
    expect((await call('GET', '/api/stories/storm')).json()).toMatchObject({ authoring: { events: [{ kind: 'nonsense', start: '2014-02-30', quotes: [] }] }, problems: [] });
    writeFileSync(join(paths.seeds, 'storm.events.yaml'), 'seed: storm.txt\nstory: {}\nevents:\n  - id: x\n    kind: statement\n    title: T\n    start: 2014-02-14\n    dateBasis: stated\n    qualifer: about\n    quotes: [Two]\n');
    const refused = (await call('GET', '/api/stories/storm')).json<{ authoring: null; problems: { message: string }[] }>();
    expect(refused.authoring).toBeNull();
    expect(refused.problems.map((p) => p.message)).toEqual(['unknown key "qualifer": the keys here are id, kind, title, summary, start, end, dateBasis, dateNote, figures, quotes (event "x")']);
  });

  it('reads no article outside the seeds folder, as npm run data refuses one (a path or a link out of it)', async () => {
    await create();
    writeFileSync(join(dir, 'secret.txt'), 'not an article\n');
    writeFileSync(join(paths.seeds, 'storm.events.yaml'), 'seed: ../secret.txt\nstory: {}\nevents: []\n');
    const opened = await call('GET', '/api/stories/storm');
    expect(opened.status).toBe(422);
    expect(opened.json<{ error: string }>().error).toMatch(/storm\.events\.yaml: seed: "\.\.\/secret\.txt" must be the name of a file beside the authoring file, without folders$/);
    const outside = { ...AUTHORING, seed: '../secret.txt' };
    const check = (await call('POST', '/api/stories/storm/check', JSON.stringify({ authoring: outside }))).json<{ problems: { path: string; message: string }[]; preview: unknown }>();
    expect(check.problems).toEqual([{ path: 'seed', text: expect.stringMatching(/storm\.events\.yaml: seed: "\.\.\/secret\.txt" must be the name/) as unknown, message: expect.stringMatching(/must be the name of a file beside the authoring file/) as unknown }]);
    expect(check.preview).toBeNull();
    symlinkSync(join(dir, 'secret.txt'), join(paths.seeds, 'linked.txt'));
    const linked = (await call('POST', '/api/stories/storm/check', JSON.stringify({ authoring: { ...outside, seed: 'linked.txt' } }))).json<typeof check>();
    expect(linked.problems.map((p) => p.message)).toEqual([expect.stringMatching(/"linked\.txt" is a link to a file outside the authoring file’s folder$/)]);
    // A save keeps the editor's work in the authoring file, but derives and writes no data from the linked file.
    rmSync(join(paths.seeds, 'storm.events.yaml'));
    const saved = (await put('storm', { ...outside, seed: 'linked.txt' }, 'none')).json<{ dataWritten: boolean; problems: { message: string }[] }>();
    expect(saved).toMatchObject({ dataWritten: false, problems: [{ message: expect.stringMatching(/is a link to a file outside/) as unknown }] });
    expect(existsSync(join(paths.public, 'data', 'timeline.json'))).toBe(false);
  });

  it('refuses to open an authoring file that is not UTF-8, as npm run data does, and so never saves its letters as \uFFFD', async () => {
    await create();
    const latin1 = Buffer.concat([Buffer.from('seed: storm.txt\nstory:\n  title: Caf'), Buffer.from([0xe9]), Buffer.from('\nevents: []\n')]);
    writeFileSync(join(paths.seeds, 'storm.events.yaml'), latin1);
    const opened = await call('GET', '/api/stories/storm');
    expect(opened.status).toBe(422);
    expect(opened.json<{ error: string }>().error).toMatch(/storm\.events\.yaml is not UTF-8 text: byte 35 \(line 3\) is 0xE9/);
    expect(readFileSync(join(paths.seeds, 'storm.events.yaml')).equals(latin1)).toBe(true);
  });

  it('writes what npm run data writes when a second story joins: each in its folder, the index of both, the old root data removed', async () => {
    await create();
    expect((await put('storm', AUTHORING, 'none')).status).toBe(200);
    expect(existsSync(join(paths.public, 'data', 'timeline.json'))).toBe(true);
    await create('gale');
    const gale: StudioAuthoring = { ...AUTHORING, seed: 'gale.txt', events: [{ ...EVENT, id: 'gale-deaths' }] };
    const result = (await put('gale', gale, 'none')).json<{ dataWritten: boolean; wrote: string[]; removed: string[]; dataFolder: string }>();
    expect(result.dataWritten).toBe(true);
    expect(local(result.dataFolder)).toBe('public/gale/data');
    expect(result.wrote.map(local).sort()).toEqual(['public/data/stories.json', 'public/gale/data/timeline.json', 'public/storm/data/timeline.json', 'seeds/gale.events.yaml']);
    expect(result.removed.map(local)).toEqual(['public/data/timeline.json']);
    const index = JSON.parse(readFileSync(join(paths.public, 'data', 'stories.json'), 'utf8')) as { stories: { slug: string; path: string }[] };
    expect(index.stories.map((s) => [s.slug, s.path]).sort()).toEqual([['gale', 'gale/'], ['storm', 'storm/']]);
    // npm run data finds every file as it would write it, and none left over.
    const cli = spawnSync(tsx, [join(repo, 'scripts/data/cli.ts'), '--seeds', paths.seeds, '--public', paths.public, '--check'], { cwd: repo, encoding: 'utf8' });
    expect(cli.stderr).not.toMatch(/is not what derivation produces|is left from a story/);
    expect(cli.stdout).not.toMatch(/match the derivation/);
    const fixed = spawnSync(tsx, [join(repo, 'scripts/data/cli.ts'), '--seeds', paths.seeds, '--public', join(dir, 'fresh')], { cwd: repo, encoding: 'utf8' });
    expect(fixed.status, fixed.stderr).toBe(0);
    for (const file of ['data/stories.json', 'data/timeline.schema.json', 'storm/data/timeline.json', 'gale/data/timeline.json']) expect(readFileSync(join(paths.public, file), 'utf8')).toBe(readFileSync(join(dir, 'fresh', file), 'utf8'));
  });

  it('writes no data of the site while another story has problems, as npm run data writes none, and says why', async () => {
    await create();
    await create('gale');
    writeFileSync(join(paths.seeds, 'gale.events.yaml'), 'seed: gale.txt\nstory: {}\nevents:\n  - id: x\n    kind: nonsense\n    title: T\n    start: 2014-02-14\n    dateBasis: inferred\n    quotes: [Two]\n');
    const result = (await put('storm', AUTHORING, 'none')).json<{ dataWritten: boolean; siteProblems: string[]; problems: unknown[] }>();
    expect(result).toMatchObject({ dataWritten: false, problems: [] });
    expect(result.siteProblems).toEqual([expect.stringMatching(/gale\.events\.yaml: events\[0\]\.kind: .*nonsense/) as unknown]);
    expect(existsSync(paths.public)).toBe(false);
  });

  it('lists every story of the seeds folder, an article named by an authoring file as that story’s', async () => {
    mkdirSync(paths.seeds, { recursive: true });
    writeFileSync(join(paths.seeds, '000_1234.txt'), ARTICLE);
    writeFileSync(join(paths.seeds, 'truce.events.yaml'), 'seed: 000_1234.txt\nstory:\n  title: The truce\nevents: []\n');
    writeFileSync(join(paths.seeds, 'gale.txt'), ARTICLE);
    writeFileSync(join(paths.seeds, 'gale.events.yaml'), 'seed: gale.txt\nstory: {}\nevents: []\n');
    await create();
    expect((await call('GET', '/api/stories')).json()).toEqual({
      stories: [
        // No title declared: the article's first line, its headline.
        { slug: 'gale', hasAuthoring: true, title: 'Storm closes the coast road', events: 0, seed: 'gale.txt' },
        { slug: 'storm', hasAuthoring: false },
        { slug: 'truce', hasAuthoring: true, title: 'The truce', events: 0, seed: '000_1234.txt' },
      ],
    });
  });

  it('drafts with the story’s own kinds', async () => {
    await create();
    const vocabulary = { lanes: [{ id: 'weather', name: 'Weather', kinds: [{ id: 'storm-damage', label: 'Storm damage' }, { id: 'deaths', label: 'Deaths' }] }] };
    expect((await put('storm', { ...AUTHORING, vocabulary, events: [{ ...EVENT, kind: 'deaths' }] }, 'none')).status).toBe(200);
    const reply = await call('POST', '/api/stories/storm/draft', '{}');
    const draft = (JSON.parse(reply.body.trim().split('\n').at(-1) ?? '{}') as { draft: { proposals: { event: { kind: string } }[] } }).draft;
    // "storms" suggests Storm damage; the power cut suggests no kind, and takes the story's last.
    expect(draft.proposals.map((p) => p.event.kind)).toEqual(['storm-damage', 'deaths']);
    const sent = await call('POST', '/api/stories/storm/draft', JSON.stringify({ kinds: [{ id: 'power-cut', label: 'Power cut' }] }));
    expect((JSON.parse(sent.body.trim().split('\n').at(-1) ?? '{}') as typeof draft extends infer D ? { draft: D } : never).draft.proposals.map((p) => p.event.kind)).toEqual(['power-cut', 'power-cut']);
  });

  it('streams the draft’s progress, then the draft', async () => {
    await create();
    const reply = await call('POST', '/api/stories/storm/draft', '{}');
    const lines = reply.body.trim().split('\n').map((l) => JSON.parse(l) as { progress?: unknown; draft?: { proposals: unknown[] } });
    expect(lines.at(-2)).toEqual({ progress: { done: 2, total: 2 } });
    expect(lines.at(-1)?.draft?.proposals).toHaveLength(2);
  });

  it('refuses requests that are not the studio’s own page on this computer', async () => {
    await create();
    const without = await new Promise<number>((resolve) => request({ host: '127.0.0.1', port, path: '/api/stories' }, (res) => resolve(res.statusCode ?? 0)).end());
    expect(without).toBe(403);
    expect((await call('GET', '/api/stories', undefined, { host: `evil.example:${port}` })).status).toBe(403);
    expect((await call('PUT', '/api/stories/storm', JSON.stringify({ authoring: AUTHORING, baseVersion: 'none' }), { origin: 'https://evil.example' })).status).toBe(403);
    expect(existsSync(join(paths.seeds, 'storm.events.yaml'))).toBe(false);
  });
});
