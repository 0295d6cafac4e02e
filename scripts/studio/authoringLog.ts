import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * The studio's log of authoring time, one JSON line per story made and per save, kept on this
 * computer (never in seeds/). From it, how long an editor took from pasting an article to the first
 * save that `npm run data -- --check` passes: no problem, the data written, every sentence with a
 * date or a number quoted. The studio says so on that save; `npm run studio:times` lists it for
 * every story, which is how a person new to the studio is timed without a stopwatch.
 */

const EntrySchema = z.discriminatedUnion('event', [
  z.object({ at: z.string(), slug: z.string(), event: z.literal('created') }),
  z.object({ at: z.string(), slug: z.string(), event: z.literal('saved'), events: z.number(), problems: z.number(), uncovered: z.number(), dataWritten: z.boolean() }),
]);
export type LogEntry = z.infer<typeof EntrySchema>;

/** Adds one entry; a log that cannot be written never stops a save (the time is lost, not the work). */
export function appendEntry(path: string | undefined, entry: LogEntry): void {
  if (!path) return;
  try {
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, `${JSON.stringify(entry)}\n`);
  } catch (error) {
    console.error(`studio: could not write the authoring log ${path}: ${(error as Error).message}`);
  }
}

/** The log's entries, in order; a line that is not an entry (a torn write) is passed over. */
export function readLog(path: string): LogEntry[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line) => {
      if (!line.trim()) return [];
      try {
        const parsed = EntrySchema.safeParse(JSON.parse(line));
        return parsed.success ? [parsed.data] : [];
      } catch {
        return [];
      }
    });
}

/** True for a save `npm run data -- --check` passes: nothing to fix, the data written, every dated or numbered sentence quoted. */
export const checkClean = (entry: LogEntry): boolean => entry.event === 'saved' && entry.dataWritten && entry.problems === 0 && entry.uncovered === 0 && entry.events > 0;

export interface AuthoringTime {
  slug: string;
  created: string;
  /** The first check-clean save after the story was made, if there is one yet. */
  firstClean?: { at: string; events: number; seconds: number };
  saves: number;
}

/** For each story made in the studio (the last time a story of that name was made), the time to its first check-clean save. */
export function authoringTimes(entries: readonly LogEntry[]): AuthoringTime[] {
  const bySlug = new Map<string, AuthoringTime>();
  for (const entry of entries) {
    if (entry.event === 'created') {
      bySlug.delete(entry.slug);
      bySlug.set(entry.slug, { slug: entry.slug, created: entry.at, saves: 0 });
      continue;
    }
    const time = bySlug.get(entry.slug);
    if (!time) continue;
    time.saves += 1;
    if (!time.firstClean && checkClean(entry)) time.firstClean = { at: entry.at, events: entry.events, seconds: Math.round((Date.parse(entry.at) - Date.parse(time.created)) / 1000) };
  }
  return [...bySlug.values()];
}
