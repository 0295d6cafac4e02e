/**
 * `npm run studio:times [-- --log path]`
 * How long each story made in the studio took, from its article pasted to the first save that
 * `npm run data -- --check` passes, read from the studio's authoring log (authoringLog.ts). This is
 * the authoring-time measure: let a person new to the studio paste an article it has not seen and
 * work until the studio says the check passes, then run this. A report; it exits 0.
 */
import { resolve } from 'node:path';
import { spokenDuration } from '../../src/studio/model/duration.ts';
import { authoringTimes, readLog } from './authoringLog.ts';

const root = new URL('../..', import.meta.url).pathname;
const at = process.argv.indexOf('--log');
const path = resolve(root, at === -1 ? '.cache/studio/authoring-log.jsonl' : (process.argv[at + 1] ?? ''));
const times = authoringTimes(readLog(path));
if (times.length === 0) {
  console.log(`No story has been made in the studio yet (the log ${path} is empty or missing).`);
} else {
  console.log('| story | made | first save npm run data -- --check passes | events | time | saves |');
  console.log('|---|---|---|---:|---:|---:|');
  for (const t of times) {
    const clean = t.firstClean;
    console.log(`| ${t.slug} | ${t.created} | ${clean ? clean.at : 'none yet'} | ${clean ? clean.events : '–'} | ${clean ? spokenDuration(clean.seconds) : '–'} | ${t.saves} |`);
  }
}
