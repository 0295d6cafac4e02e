/**
 * `npm run studio:trial`
 * The authoring trial, as figures: how much an editor changed between the studio's draft and the
 * timeline they saved. The article (`philippines-earthquake-2019.txt`, Wikinews, CC BY 2.5; see
 * scripts/draft/eval/articles/) is one the drafter was not developed on. The editor pasted it, made
 * the story, accepted every proposal, corrected titles, dates, figures' units and labels and the
 * time zone until every check passed, and saved; `philippines-earthquake-2019.events.yaml` is what
 * they saved (`npm run data -- --check` clean, 17 events).
 *
 * It prints the fields the editor changed and the characters they typed, against the draft as it
 * is now (each saved event against the proposal quoting the same words), two ways (each changed field retyped whole, or edited: only the characters the draft's
 * value lacks), and an estimate of the time a person needs for that work each way (reading the
 * article, reviewing each proposal, and for each changed field finding it and typing). The
 * estimate's rates are printed with it; it is not a timing of a person.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { draftTimeline } from '../../draft/draft.ts';

const folder = dirname(new URL(import.meta.url).pathname);
const article = readFileSync(join(folder, 'philippines-earthquake-2019.txt'), 'utf8');
const saved = parse(readFileSync(join(folder, 'philippines-earthquake-2019.events.yaml'), 'utf8')) as {
  story: Record<string, unknown>;
  events: { title: string; start: string; end?: string; dateNote?: string; figures?: Record<string, unknown>[]; quotes: unknown[] }[];
};

/** Rates for the estimate: silent reading of non-fiction, a moderate typist, and per field a look, a click and a decision. */
const READ_WORDS_PER_MINUTE = 238;
const TYPED_CHARACTERS_PER_MINUTE = 200;
const SECONDS_PER_FIELD = 2.7;
const SECONDS_PER_PROPOSAL = 5;

interface Tally {
  fields: number;
  /** The whole new value of every changed field, as if typed from nothing. */
  characters: number;
  /** Only the characters the new value does not keep from the draft's (the rest is kept by editing the field, not retyping it). */
  edited: number;
}

/** The length of the longest common subsequence of two strings: what an edit keeps of the old value. */
function common(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) next[j] = a[i - 1] === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return row[b.length]!;
}

/** A field's value as the editor sees it in the form. */
const shown = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : value === undefined || value === null ? '' : JSON.stringify(value));

function compare(tally: Tally, drafted: unknown, kept: unknown): void {
  const a = shown(drafted);
  const b = shown(kept);
  if (a === b) return;
  tally.fields += 1;
  tally.characters += b.length;
  tally.edited += b.length - common(a, b);
}

async function main(): Promise<void> {
  const draft = await draftTimeline(article, {});
  const proposals = draft.proposals;
  // Each saved event against the proposal it was made from: the one quoting the same words (the draft as it is now may propose more, or fewer, than the editor was shown).
  const textOf = (q: unknown) => (typeof q === 'string' ? q : ((q as { text?: string }).text ?? ''));
  const madeFrom = (event: (typeof saved.events)[number]) => {
    const quote = textOf(event.quotes[0]);
    return proposals.find((p) => p.event.quotes.some((q) => { const t = textOf(q); return t === quote; })) ?? proposals.find((p) => p.event.quotes.some((q) => { const t = textOf(q); return t.includes(quote) || quote.includes(t); }));
  };
  const byKind: Record<string, Tally> = {};
  const tally = (kind: string) => (byKind[kind] ??= { fields: 0, characters: 0, edited: 0 });
  for (const key of ['timeZone', 'timeZoneName']) compare(tally('story'), undefined, saved.story[key]);
  const unmatched = saved.events.filter((event) => !madeFrom(event)).length;
  console.log(`note: the draft proposes ${proposals.length} events; the editor saved ${saved.events.length}, ${unmatched} of them quoting words no proposal quotes now (typed whole)`);
  saved.events.forEach((event) => {
    const proposed = madeFrom(event)?.event;
    compare(tally('titles'), proposed?.title, event.title);
    compare(tally('dates'), proposed?.start, event.start);
    compare(tally('dates'), proposed?.end, event.end);
    compare(tally('date notes'), proposed?.dateNote, event.dateNote);
    (event.figures ?? []).forEach((figure, j) => {
      const before = (proposed?.figures[j] ?? {}) as Record<string, unknown>;
      for (const key of ['value', 'unit', 'label', 'qualifier']) compare(tally('figures'), before[key], figure[key]);
    });
  });
  const total = Object.values(byKind).reduce((t, x) => ({ fields: t.fields + x.fields, characters: t.characters + x.characters, edited: t.edited + x.edited }), { fields: 0, characters: 0, edited: 0 });
  const words = article.split(/\s+/).filter(Boolean).length;
  const estimate = (characters: number) => {
    const minutes = {
      reading: words / READ_WORDS_PER_MINUTE,
      reviewing: (draft.proposals.length * SECONDS_PER_PROPOSAL) / 60,
      fields: (total.fields * SECONDS_PER_FIELD) / 60,
      typing: characters / TYPED_CHARACTERS_PER_MINUTE,
    };
    const sum = Object.values(minutes).reduce((a, b) => a + b, 0);
    return `${sum.toFixed(1)} min = reading ${minutes.reading.toFixed(1)} (${READ_WORDS_PER_MINUTE} words/min) + reviewing ${minutes.reviewing.toFixed(1)} (${SECONDS_PER_PROPOSAL} s a proposal) + fields ${minutes.fields.toFixed(1)} (${SECONDS_PER_FIELD} s each) + typing ${minutes.typing.toFixed(1)} (${TYPED_CHARACTERS_PER_MINUTE} characters/min)`;
  };
  console.log(`\nAuthoring trial: ${words} words, ${proposals.length} proposals, ${saved.events.length} events saved\n`);
  console.log('| changed by the editor | fields | characters, each field retyped whole | characters, each field edited |');
  console.log('|---|---:|---:|---:|');
  for (const [kind, t] of Object.entries(byKind)) console.log(`| ${kind} | ${t.fields} | ${t.characters} | ${t.edited} |`);
  console.log(`| **all** | ${total.fields} | ${total.characters} | ${total.edited} |`);
  console.log(`\nEstimated time for a person, retyping every changed field whole: ${estimate(total.characters)}.`);
  console.log(`Estimated time for a person, editing each changed field (typing only what the draft's value lacks; deleting is counted in the time per field): ${estimate(total.edited)}.`);
}

await main();
