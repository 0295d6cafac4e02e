import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

describe('npm run data on a broken authoring file', () => {
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
