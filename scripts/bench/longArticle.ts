/**
 * `npm run bench:data [-- --words 50000 --every 10]`: how long `npm run data` takes on a long
 * article. Writes a seeded article of about `words` words (paragraphs of sentences with dates,
 * times, numbers and quotations, CRLF line ends and a byte-order mark, as a newsroom's export may
 * have them) and an authoring file quoting every `every`-th sentence as an event with its figures
 * and stated date, then times each step of the derivation in this process and the whole command
 * as an editor runs it. Prints figures; sets no goal and fails on none (a timing is not a test).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AuthoringSchema } from '../data/authoring.ts';
import { derive } from '../data/derive.ts';
import { decodeSeed } from '../data/seedText.ts';
import { readYaml } from '../data/yamlFile.ts';
import { seededRandom } from './synthetic.ts';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1] ?? fallback);
};
const WORDS = option('words', 50_000);
const EVERY = option('every', 10);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLACES = ['Abuja', 'Lagos', 'Kano', 'Port Harcourt', 'Ibadan', 'Enugu', 'Kaduna', 'Jos', 'Benin City', 'Maiduguri'];
const WHO = ['Officials', 'The commission', 'Observers', 'A spokesperson', 'Party agents', 'Witnesses', 'Police', 'Election workers'];

interface Sentence {
  text: string;
  figure?: { value: number; unit: string; label: string };
  day?: string;
}

/** One sentence: a date, a place, a number, sometimes a quotation, and a ward number that makes it unique. */
function sentence(random: () => number, n: number): Sentence {
  // July to December: each day is then in the article's year, the one nearest its date (5 December 2023).
  const month = 6 + Math.floor(random() * 6);
  const day = 1 + Math.floor(random() * (month === 11 ? 5 : 28));
  const place = PLACES[Math.floor(random() * PLACES.length)]!;
  const who = WHO[Math.floor(random() * WHO.length)]!;
  const count = 100 + Math.floor(random() * 90_000);
  const iso = `2023-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  switch (n % 4) {
    case 0:
      return { text: `On ${MONTHS[month]} ${day}, ${who.toLowerCase()} in ${place} said ${count.toLocaleString('en-US')} ballots from Ward ${n} had been counted.`, figure: { value: count, unit: 'ballots', label: 'counted' }, day: iso };
    case 1:
      return { text: `${who} reported that ${count.toLocaleString('en-US')} voters queued in ${place} at Ward ${n} before 8:00 a.m.` , figure: { value: count, unit: 'voters', label: 'queued' } };
    case 2:
      return { text: `“We will publish every result,” ${who.toLowerCase()} told reporters in ${place} about Ward ${n}.` };
    default:
      return { text: `Turnout in Ward ${n} of ${place} was reported late on ${MONTHS[month]} ${day}, after a long night.`, day: iso };
  }
}

/** The article, the sentences the authoring file quotes, and its word count. */
function longArticle(words: number): { text: string; quoted: Sentence[]; words: number } {
  const random = seededRandom(7);
  const paragraphs: string[] = [];
  const quoted: Sentence[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let i = 0; i < 4; i += 1, n += 1) {
      const s = sentence(random, n);
      sentences.push(s.text);
      count += s.text.split(/\s+/).length;
      if (n % EVERY === 0) quoted.push(s);
    }
    paragraphs.push(sentences.join(' '));
  }
  return { text: ['Counting goes on across the country', '', 'Tuesday, December 5, 2023', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), quoted, words: count };
}

const yamlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

function authoringFile(quoted: readonly Sentence[]): string {
  const events = quoted.map((s, i) => {
    const lines = [`  - id: event-${i}`, `    kind: ${s.figure ? 'exchange' : 'statement'}`, `    title: Event ${i}`];
    if (s.day) lines.push(`    start: ${s.day}`, '    dateBasis: stated');
    else lines.push('    start: 2023-12-05', '    dateBasis: inferred', '    dateNote: The article gives no day; it is placed on the article’s date.');
    if (s.figure) lines.push(`    figures: [{ value: ${s.figure.value}, unit: ${s.figure.unit}, label: ${s.figure.label} }]`);
    lines.push('    quotes:', `      - ${yamlString(s.text)}`);
    return lines.join('\n');
  });
  return ['seed: long.txt', 'story:', '  date: 2023-12-05', '  dateBasis: stated', 'events:', ...events, ''].join('\n');
}

const ms = (from: number) => `${Math.round(performance.now() - from)} ms`;

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'sourceline-long-'));
  try {
    const { text, quoted, words } = longArticle(WORDS);
    // As a newsroom's export may be: CRLF line ends and a byte-order mark.
    writeFileSync(join(dir, 'long.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')]));
    writeFileSync(join(dir, 'long.events.yaml'), authoringFile(quoted));
    console.log(`article: ${words.toLocaleString('en-GB')} words, ${text.length.toLocaleString('en-GB')} characters; authoring file: ${quoted.length} events`);

    let at = performance.now();
    const read = readYaml(readFileSync(join(dir, 'long.events.yaml'), 'utf8'), 'long.events.yaml');
    if (!read.ok) throw new Error(read.messages.join('\n'));
    const authoring = AuthoringSchema.parse(read.data);
    const seed = decodeSeed(readFileSync(join(dir, 'long.txt')), 'long.txt');
    console.log(`read and check the files: ${ms(at)}`);
    at = performance.now();
    const result = derive(seed, 'long.txt', authoring, read.data);
    console.log(`derive (quotes, figures, stated dates, coverage, schema): ${ms(at)}; ${result.errors.length} error(s), ${result.uncovered.length} sentence(s) in the coverage report`);
    if (result.errors.length > 0) console.log(result.errors.slice(0, 5).join('\n'));

    const out = join(dir, 'out');
    mkdirSync(out);
    at = performance.now();
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/data/cli.ts'), join(dir, 'long.events.yaml'), '--out', out], { encoding: 'utf8' });
    console.log(`npm run data on it, start to finish (a new process): ${ms(at)}; exit ${run.status}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
