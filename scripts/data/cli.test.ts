import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * `npm run data` given broken authoring files: each stops with one line per problem that names
 * the file (and line and column, for YAML), never a stack trace, and writes nothing.
 */

const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'scripts', 'data', 'cli.ts');

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-yaml-'));
  writeFileSync(join(dir, 'article.txt'), 'A headline\n\nThe truce began on Friday.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = ['seed: article.txt', 'story: {}', 'events:', '  - id: truce', '    kind: truce-period', '    title: Truce', '    start: 2023-11-24', '    end: 2023-11-24', '    dateBasis: inferred', '    dateNote: The article says Friday.', '    quotes: [The truce began on Friday.]'];

function run(yaml: string, target = join(dir, 'article.events.yaml')) {
  writeFileSync(join(dir, 'article.events.yaml'), yaml);
  const out = join(dir, 'out');
  const result = spawnSync(tsx, [cli, target, '--out', out], { cwd: root, encoding: 'utf8' });
  return { status: result.status, lines: result.stderr.trim().split('\n'), out };
}

const noStackTrace = (lines: string[]) => lines.every((line) => line.startsWith('data: ') && !/^\s+at /.test(line));

// Each test starts npm run data in a process of its own: seconds each on a busy machine.
describe('npm run data on a broken authoring file', { timeout: 60_000 }, () => {
  it('names the file, line and column of a YAML syntax error in one line', () => {
    const broken = [...GOOD.slice(0, 5), '    title: "Truce', ...GOOD.slice(6)].join('\n');
    const result = run(broken);
    expect(result.status).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/^data: .*article\.events\.yaml:\d+:\d+: Missing closing "quote$/);
    expect(existsSync(result.out)).toBe(false);
  });

  it('refuses an alias bomb with a message, not a stack trace', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
    const result = run(bomb);
    expect(result.status).toBe(1);
    expect(noStackTrace(result.lines)).toBe(true);
    expect(result.lines[0]).toContain('expand to more than 100 copies');
  });

  it('says a folder given as the authoring file is a folder', () => {
    mkdirSync(join(dir, 'folder.events.yaml'));
    const result = run(GOOD.join('\n'), join(dir, 'folder.events.yaml'));
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([expect.stringMatching(/^data: .*folder\.events\.yaml is a folder; name the authoring file itself$/)]);
  });

  it('refuses a misspelt key, naming the event and the key meant', () => {
    const result = run([...GOOD, '    figures: [{ value: 1, unit: truce, label: began, qualifer: about }]'].join('\n'));
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([expect.stringMatching(/: events\[0\]\.figures\[0\]: unknown key "qualifer": did you mean "qualifier"\? \(event "truce"\)$/)]);
  });

  it('writes the timeline from a good file', () => {
    const result = run(GOOD.join('\n'));
    expect(result.lines).toEqual(['']);
    expect(result.status).toBe(0);
    expect(existsSync(join(result.out, 'timeline.json'))).toBe(true);
  });
});

describe('npm run data on a site of stories', { timeout: 120_000 }, () => {
  const story = (name: string, extra: string[] = []) => {
    writeFileSync(join(dir, 'seeds', `${name}.txt`), `${name} headline\n\nThe truce began on Friday.\n`);
    writeFileSync(join(dir, 'seeds', `${name}.events.yaml`), [`seed: ${name}.txt`, ...GOOD.slice(1), ...extra].join('\n'));
  };
  const site = (...args: string[]) => {
    const result = spawnSync(tsx, [cli, '--seeds', join(dir, 'seeds'), '--public', join(dir, 'public'), ...args], { cwd: root, encoding: 'utf8' });
    return { status: result.status, errors: result.stderr.trim().split('\n').filter(Boolean), out: result.stdout };
  };
  const stories = () => JSON.parse(readFileSync(join(dir, 'public', 'data', 'stories.json'), 'utf8')) as { stories: { slug: string; path: string }[]; rootLinks?: string };

  beforeEach(() => mkdirSync(join(dir, 'seeds')));

  it('puts a story alone at the root, as a site of one story always was', () => {
    story('first');
    expect(site().status).toBe(0);
    expect(existsSync(join(dir, 'public', 'data', 'timeline.json'))).toBe(true);
    expect(stories().stories.map((s) => [s.slug, s.path])).toEqual([['first', '']]);
    expect(site('--check').status).toBe(0);
  });

  it('puts each of several stories in its folder, removes what the root held, and names the story keeping its links', () => {
    story('first');
    site();
    story('first', ['# keep the old links']);
    writeFileSync(join(dir, 'seeds', 'first.events.yaml'), readFileSync(join(dir, 'seeds', 'first.events.yaml'), 'utf8').replace('story: {}', 'story: { keepRootLinks: true }'));
    story('second');
    // Before deriving again, the committed files are stale: --check says which.
    const stale = site('--check');
    expect(stale.status).toBe(1);
    expect(stale.errors).toContainEqual(expect.stringMatching(/public\/data\/timeline\.json is left from a story no longer in seeds\/; run npm run data$/));
    expect(stale.errors).toContainEqual(expect.stringMatching(/public\/second\/data\/timeline\.json is not what derivation produces; run npm run data$/));
    const result = site();
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/data: removed .*public\/data\/timeline\.json, left from a story no longer in seeds\//);
    expect(existsSync(join(dir, 'public', 'data', 'timeline.json'))).toBe(false);
    for (const slug of ['first', 'second']) expect(existsSync(join(dir, 'public', slug, 'data', 'timeline.json'))).toBe(true);
    expect(stories().rootLinks).toBe('first');
    expect(site('--check').status).toBe(0);
    // A story taken out of seeds/ takes its folder with it.
    rmSync(join(dir, 'seeds', 'second.events.yaml'));
    story('third');
    expect(site().status).toBe(0);
    expect(existsSync(join(dir, 'public', 'second'))).toBe(false);
  });

  it('refuses a file whose name cannot be a folder, and two stories keeping the root’s links, writing nothing', () => {
    story('Bad_Name');
    story('other', []);
    const bad = site();
    expect(bad.status).toBe(1);
    expect(bad.errors[0]).toMatch(/seeds\/Bad_Name\.events\.yaml: "Bad_Name" cannot be a story's folder: name the file with lowercase letters, digits and hyphens/);
    expect(bad.errors.at(-1)).toBe('data: 1 problem(s); nothing written');
    expect(existsSync(join(dir, 'public'))).toBe(false);
    rmSync(join(dir, 'seeds', 'Bad_Name.events.yaml'));
    for (const name of ['other', 'more']) {
      story(name);
      writeFileSync(join(dir, 'seeds', `${name}.events.yaml`), readFileSync(join(dir, 'seeds', `${name}.events.yaml`), 'utf8').replace('story: {}', 'story: { keepRootLinks: true }'));
    }
    const twice = site();
    expect(twice.status).toBe(1);
    expect(twice.errors[0]).toMatch(/^data: story\.keepRootLinks: only one story can keep the site root's old links, and seeds\/more\.events\.yaml and seeds\/other\.events\.yaml both say so$/);
    expect(twice.errors.every((line) => line.startsWith('data: '))).toBe(true);
  });

  it('names the file, the event and the field of a problem in any story, with no stack trace', () => {
    story('first');
    story('second', ['  - id: held', '    kind: statment', '    title: Held', '    start: 2023-11-25', '    dateBasis: inferred', '    dateNote: x', '    quotes: [The truce began on Friday.]']);
    const result = site();
    expect(result.status).toBe(1);
    expect(result.errors).toContainEqual(expect.stringMatching(/seeds\/second\.events\.yaml: events\[1\]\.kind: "statment" is not one of the default kinds .*; did you mean "statement"\? \(event "held"\)$/));
    expect(noStackTrace(result.errors)).toBe(true);
  });
});
