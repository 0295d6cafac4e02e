/**
 * A seeded synthetic story for benchmarks: `count` events over one year, with an article whose
 * text holds every quote at its offsets, so it passes the app's own schema. The same seed gives
 * the same story, byte for byte.
 *
 * `tsx scripts/bench/synthetic.ts [--events 10000] [--seed 1] [--out FILE]`
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TimelineSchema, type EventKind, type Figure, type Timeline, type TimelineEvent } from '../../src/shared/schema/schema.ts';

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Rafah', 'Khan Younis', 'Gaza City', 'Jenin', 'Nablus', 'Hebron', 'Jerusalem', 'Tel Aviv', 'Cairo', 'Doha', 'Ramallah', 'Beit Hanoun', 'Deir al-Balah', 'Tulkarm'];
const ACTORS = ['Officials', 'Mediators', 'The health ministry', 'A spokesperson', 'Aid agencies', 'Witnesses', 'The army', 'Negotiators', 'The UN', 'Residents'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Kinds with their share of the story; a handful of truce periods are added on top. */
const KIND_WEIGHTS: [Exclude<EventKind, 'truce-period'>, number][] = [
  ['exchange', 0.1],
  ['casualties', 0.12],
  ['violence', 0.12],
  ['military', 0.1],
  ['diplomacy', 0.2],
  ['statement', 0.2],
  ['humanitarian', 0.16],
];

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const spoken = (ms: number) => `${new Date(ms).getUTCDate()} ${MONTHS[new Date(ms).getUTCMonth()]}`;

export interface SyntheticOptions {
  events: number;
  seed: number;
  /** The first day, UTC. */
  year?: number;
}

/** A valid timeline of `events` events over one year. */
export function syntheticTimeline({ events: count, seed, year = 2024 }: SyntheticOptions): Timeline {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const kindOf = (): Exclude<EventKind, 'truce-period'> => {
    let r = random();
    for (const [kind, weight] of KIND_WEIGHTS) {
      r -= weight;
      if (r < 0) return kind;
    }
    return 'statement';
  };

  const title = `A synthetic year of ${count.toLocaleString('en-GB')} events`;
  const headline = `${title} for benchmarking the timeline`;
  let text = `${headline}\n\n`;
  let sentences = 0;
  /** Appends a sentence to the article (six to a paragraph) and returns its quote, located by offsets. */
  const say = (sentence: string) => {
    text += sentences === 0 ? '' : sentences % 6 === 0 ? '\n\n' : ' ';
    sentences += 1;
    const start = text.length;
    text += sentence;
    return { text: sentence, start, end: text.length };
  };

  const yearStart = Date.UTC(year, 0, 1);
  const truces = Math.max(1, Math.round(count / 1500));
  const drafts: { kind: EventKind; start: number }[] = [];
  for (let i = 0; i < truces; i += 1) drafts.push({ kind: 'truce-period', start: yearStart + Math.floor(((i + 0.5) / truces) * 360) * DAY });
  for (let i = drafts.length; i < count; i += 1) {
    drafts.push({ kind: kindOf(), start: yearStart + Math.floor(random() * 365 * DAY) });
  }
  drafts.sort((a, b) => a.start - b.start);

  const events: TimelineEvent[] = drafts.map(({ kind, start }, index) => {
    const id = `${kind}-${index + 1}`;
    const place = pick(PLACES);
    const day = yearStart + Math.floor((start - yearStart) / DAY) * DAY;
    const timed = kind !== 'truce-period' && random() < 0.15;
    const startIso = timed ? `${isoDay(start)}T${pad(new Date(start).getUTCHours())}:${pad(new Date(start).getUTCMinutes())}:00Z` : isoDay(day);
    const lasts = kind === 'truce-period' ? int(2, 7) : !timed && random() < 0.03 ? int(1, 20) : 0;
    const endIso = lasts > 0 ? isoDay(day + lasts * DAY) : undefined;
    const figures: Figure[] = [];
    let sentence: string;
    switch (kind) {
      case 'truce-period':
        figures.push({ value: lasts + 1, unit: 'days', label: 'of truce' });
        sentence = `A truce of ${lasts + 1} days began on ${spoken(day)} around ${place}.`;
        break;
      case 'exchange': {
        const hostages = int(1, 30);
        const prisoners = int(3, 90);
        figures.push({ value: hostages, unit: 'hostages', label: 'released' }, { value: prisoners, unit: 'prisoners', label: 'released' });
        sentence = `On ${spoken(day)}, ${hostages} hostages and ${prisoners} prisoners were released near ${place}.`;
        break;
      }
      case 'casualties': {
        const killed = int(1, 400);
        const qualifier = pick([undefined, 'nearly', 'at least', 'more than']);
        figures.push({ value: killed, unit: 'people', label: 'killed', ...(qualifier ? { qualifier } : {}) });
        sentence = `${pick(ACTORS)} said ${qualifier ? `${qualifier} ` : ''}${killed} people were killed in ${place} by ${spoken(day)}.`;
        break;
      }
      default:
        sentence = `${pick(ACTORS)} in ${place} reported ${kind === 'humanitarian' ? 'an aid delivery' : kind === 'diplomacy' ? 'new talks' : kind === 'military' ? 'a military operation' : kind === 'violence' ? 'an attack' : 'a statement'} on ${spoken(day)}.`;
    }
    const inferred = random() < 0.3;
    const base = {
      id,
      title: sentence.replace(/\.$/, '').slice(0, 90),
      start: startIso,
      ...(endIso ? { end: endIso } : {}),
      dateBasis: inferred ? ('inferred' as const) : ('stated' as const),
      ...(inferred ? { dateNote: 'Synthetic: the date is worked out from the day named in the sentence.' } : {}),
      figures,
      quotes: [say(sentence)],
    };
    return kind === 'truce-period' ? { ...base, kind, end: endIso ?? isoDay(day) } : { ...base, kind };
  });
  text += '\n';

  const timeline = {
    version: 1 as const,
    story: {
      title,
      headlines: [headline],
      seed: `synthetic/${count}-events-seed-${seed}.txt`,
      seedSha256: createHash('sha256').update(text).digest('hex'),
      text,
      date: `${year}-12-31`,
      dateBasis: 'stated' as const,
    },
    events,
  };
  const checked = TimelineSchema.safeParse(timeline);
  if (!checked.success) throw new Error(`the synthetic story fails the schema: ${checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return checked.data;
}

function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(`--${name}`);
    return at === -1 ? fallback : (args[at + 1] ?? fallback);
  };
  const timeline = syntheticTimeline({ events: Number(option('events', '10000')), seed: Number(option('seed', '1')) });
  const out = option('out', '');
  const json = `${JSON.stringify(timeline)}\n`;
  if (out) {
    writeFileSync(resolve(out), json);
    console.log(`synthetic: wrote ${timeline.events.length} events (${(json.length / 1e6).toFixed(1)} MB) to ${out}`);
  } else {
    process.stdout.write(json);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
