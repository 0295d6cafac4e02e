import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSeed, firstInvalidUtf8, SeedEncodingError } from './seedText.ts';

/**
 * `npm run data` given files made to slip wrong facts through: an article that is not UTF-8, a
 * date that is not on the calendar, ids that are paths, quotes of nothing, and an article named
 * outside the authoring file's folder. Each must stop with a message that names the problem, and
 * write nothing, anywhere.
 */

const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'scripts', 'data', 'cli.ts');

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-input-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = 'Truce at the café\n\nThe truce began on Friday at the café.\n';

function authoring(start: string): string {
  return [
    'seed: article.txt',
    'story:',
    '  title: Truce at the café',
    'events:',
    '  - id: truce-begins',
    '    kind: truce-period',
    '    title: The truce begins',
    `    start: ${start}`,
    `    end: ${start}`,
    '    dateBasis: inferred',
    '    dateNote: The article says Friday.',
    '    quotes:',
    '      - The truce began on Friday at the café.',
    '',
  ].join('\n');
}

function runData(seed: Uint8Array, start = '2023-11-24', authoringBytes: Uint8Array = Buffer.from(authoring(start), 'utf8')) {
  writeFileSync(join(dir, 'article.txt'), seed);
  writeFileSync(join(dir, 'article.events.yaml'), authoringBytes);
  const out = join(dir, 'out');
  const result = spawnSync(tsx, [cli, join(dir, 'article.events.yaml'), '--out', out], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, out };
}

describe('the seed article’s encoding', () => {
  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('café', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from('café', 'latin1'))).toBe(3);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
    expect(firstInvalidUtf8(Uint8Array.from([0xe2, 0x82]))).toBe(0); // cut short
    expect(firstInvalidUtf8(Buffer.from('😀 ש 中', 'utf8'))).toBe(-1);
  });

  it('decodes UTF-8 to exactly the text whose bytes it was, byte-order mark and all', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]);
    const text = decodeSeed(bytes, 'a.txt');
    expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
  });

  it('refuses Latin-1, naming the file, the line and the byte', () => {
    const bytes = Buffer.from(ARTICLE, 'latin1');
    expect(() => decodeSeed(bytes, 'seeds/a.txt')).toThrow(SeedEncodingError);
    expect(() => decodeSeed(bytes, 'seeds/a.txt')).toThrow('seeds/a.txt is not UTF-8 text: byte 16 (line 1) is 0xE9');
  });

  it('stops `npm run data` on a Latin-1 article, writing nothing', () => {
    const result = runData(Buffer.from(ARTICLE, 'latin1'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('article.txt is not UTF-8 text: byte 16 (line 1) is 0xE9');
    expect(existsSync(result.out)).toBe(false);
  });

  it('stops `npm run data` on a Latin-1 authoring file, naming it, instead of publishing “caf\uFFFD”', { timeout: 60_000 }, () => {
    const result = runData(Buffer.from(ARTICLE, 'utf8'), '2023-11-24', Buffer.from(authoring('2023-11-24'), 'latin1'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('article.events.yaml is not UTF-8 text: byte 50 (line 3) is 0xE9');
    expect(result.stderr).toContain('Save the authoring file as UTF-8');
    expect(existsSync(result.out)).toBe(false);
    // Where only the titles are Latin-1, every quote still matches: without the check they were published as “caf\uFFFD”.
    const titlesOnly = authoring('2023-11-24').replace('      - The truce began on Friday at the café.', '      - The truce began on Friday');
    const titleOnly = runData(Buffer.from(ARTICLE, 'utf8'), '2023-11-24', Buffer.from(titlesOnly, 'latin1'));
    expect(titleOnly.status).toBe(1);
    expect(titleOnly.stderr).toContain('article.events.yaml is not UTF-8 text: byte 50 (line 3) is 0xE9');
    expect(existsSync(titleOnly.out)).toBe(false);
  });

  it('hashes exactly the file’s bytes when the article is UTF-8', () => {
    const bytes = Buffer.from(ARTICLE, 'utf8');
    const result = runData(bytes);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const timeline = JSON.parse(readFileSync(join(result.out, 'timeline.json'), 'utf8')) as { story: { seedSha256: string; text: string } };
    expect(timeline.story.seedSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(timeline.story.text).toBe(ARTICLE);
  });
});

describe('dates in the authoring file', () => {
  it('stops `npm run data` on a day that is not on the calendar, naming the event and the date', () => {
    const result = runData(Buffer.from(ARTICLE, 'utf8'), '2023-02-30');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('events[0].start: 2023-02-30 is not a date: February 2023 has 28 days (event "truce-begins")');
    expect(existsSync(result.out)).toBe(false);
  });
});

/** Runs `npm run data` on an authoring file written as `lines` beside ARTICLE; returns its messages and what the folder holds after. */
function runAuthoring(lines: string[]) {
  writeFileSync(join(dir, 'article.txt'), ARTICLE);
  writeFileSync(join(dir, 'article.events.yaml'), [...lines, ''].join('\n'));
  const out = join(dir, 'out');
  const result = spawnSync(tsx, [cli, join(dir, 'article.events.yaml'), '--out', out], { cwd: root, encoding: 'utf8' });
  return { status: result.status, errors: result.stderr.trim().split('\n'), out, files: readdirSync(dir).sort() };
}

const eventLines = (id: string, quote = 'The truce began on Friday at the café.') => [
  `  - id: ${JSON.stringify(id)}`,
  '    kind: truce-period',
  '    title: The truce begins',
  '    start: 2023-11-24',
  '    end: 2023-11-24',
  '    dateBasis: inferred',
  '    dateNote: The article says Friday.',
  `    quotes: [${JSON.stringify(quote)}]`,
];

// Each runs `npm run data` once or twice, a few seconds each on a busy machine.
describe('ids and quotes in the authoring file', { timeout: 60_000 }, () => {
  it('refuses ids that are paths, naming each, and writes nothing anywhere', () => {
    const ids = ['a/b', '../../evil', '..', 'a\\b', '%2e%2e', '/etc/x', ''];
    const result = runAuthoring(['seed: article.txt', 'story: {}', 'events:', ...ids.flatMap((id) => eventLines(id))]);
    expect(result.status).toBe(1);
    ids.forEach((id, index) => {
      const named = result.errors.find((line) => line.includes(`events[${index}].id: expected lowercase letters, digits and hyphens`));
      expect(named, id).toBeDefined();
      if (id !== '') expect(named, id).toContain(`(got ${JSON.stringify(id)})`);
    });
    expect(result.errors.every((line) => line.startsWith('data: '))).toBe(true);
    expect(existsSync(result.out)).toBe(false);
    expect(result.files).toEqual(['article.events.yaml', 'article.txt']);
  });

  it('refuses an empty quote and a quote of spaces, which would point at no words', () => {
    const result = runAuthoring(['seed: article.txt', 'story: {}', 'events:', ...eventLines('empty', ''), ...eventLines('blank', '   ')]);
    expect(result.status).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(/events\[0\]\.quotes\[0\]: the quote is empty: write the article’s own words that the event rests on \(event "empty"\)$/),
      expect.stringMatching(/events\[1\]\.quotes\[0\]: the quote is empty: write the article’s own words that the event rests on \(got " {3}"\) \(event "blank"\)$/),
    ]);
    expect(existsSync(result.out)).toBe(false);
  });

  it('refuses a duplicate id, naming both events', () => {
    const result = runAuthoring(['seed: article.txt', 'story: {}', 'events:', ...eventLines('truce'), ...eventLines('truce')]);
    expect(result.status).toBe(1);
    expect(result.errors.join('\n')).toContain('events[1].id: duplicate id "truce" (also events[0])');
    expect(existsSync(result.out)).toBe(false);
  });
});

describe('the article an authoring file names', { timeout: 60_000 }, () => {
  it('must be a file beside it: a path elsewhere is refused before anything is read', () => {
    mkdirSync(join(dir, 'private'));
    writeFileSync(join(dir, 'private', 'secret.txt'), 'A secret\n\nThe truce began on Friday at the café.\n');
    for (const seed of ['private/secret.txt', '/etc/hostname']) {
      const result = runAuthoring([`seed: ${JSON.stringify(seed)}`, 'story: {}', 'events:', ...eventLines('truce')]);
      expect(result.status, seed).toBe(1);
      expect(result.errors, seed).toEqual([expect.stringMatching(new RegExp(`seed: "${seed.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" must be the name of a file beside the authoring file, without folders$`))]);
      expect(existsSync(result.out), seed).toBe(false);
    }
  });

  it('may not be a link to a file outside the folder, which would publish what the machine holds', () => {
    mkdirSync(join(dir, 'private'));
    writeFileSync(join(dir, 'private', 'secret.txt'), 'A secret\n\nThe truce began on Friday at the café.\n');
    symlinkSync(join(dir, 'private', 'secret.txt'), join(dir, 'linked.txt'));
    const result = runAuthoring(['seed: linked.txt', 'story: {}', 'events:', ...eventLines('truce')]);
    expect(result.status).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/seed: "linked\.txt" is a link to a file outside the authoring file’s folder$/)]);
    expect(existsSync(result.out)).toBe(false);
  });
});

