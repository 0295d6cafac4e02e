/**
 * What the prerender leaves in `dist/` besides the pages it writes: pages and cards of events no
 * longer in the timeline are removed (a rebuild once kept them, and they still answered links to
 * events that had gone), and a page whose HTML is over its budget is named in a warning.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Removes `events/<id>/` and `cards/<id>.png` of every id not in `ids` (the story's card stays).
 * Returns what it removed, relative to `dist`, so the build can say so.
 */
export function pruneRemovedEvents(dist: string, ids: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  const events = join(dist, 'events');
  if (existsSync(events)) {
    for (const entry of readdirSync(events)) {
      if (ids.has(entry)) continue;
      rmSync(join(events, entry), { recursive: true, force: true });
      removed.push(`events/${entry}/`);
    }
  }
  const cards = join(dist, 'cards');
  if (existsSync(cards)) {
    for (const entry of readdirSync(cards)) {
      const id = entry.replace(/\.png$/, '');
      if (id === 'story' || ids.has(id)) continue;
      rmSync(join(cards, entry), { recursive: true, force: true });
      removed.push(`cards/${entry}`);
    }
  }
  return removed;
}

/**
 * Removes the folder of every story no longer on the site: a folder of `dist` holding a story's
 * data (`data/timeline.json`) whose name is not in `folders`. Returns the folders it removed.
 */
export function pruneRemovedStories(dist: string, folders: ReadonlySet<string>): string[] {
  if (!existsSync(dist)) return [];
  return readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'data' && !folders.has(entry.name) && existsSync(join(dist, entry.name, 'data', 'timeline.json')))
    .map((entry) => {
      rmSync(join(dist, entry.name), { recursive: true, force: true });
      return `${entry.name}/`;
    });
}

/**
 * The most a page's HTML may weigh, gzipped at level 9, in bytes: the whole first view (markup,
 * inline CSS and the timeline's data) of the main page and of every event page. The same number
 * `e2e/budgets.spec.ts` holds the main page of the shipped story to.
 */
export const PAGE_HTML_BUDGET = 30_000;

/** A page over its budget: where it is and what it weighs. */
export interface PageOverBudget {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** The page's weight, if it is over `budget` gzipped; null when it is within it. */
export function overBudget(path: string, html: string, budget: number = PAGE_HTML_BUDGET): PageOverBudget | null {
  const bytes = Buffer.byteLength(html);
  // Gzip never makes text of this kind larger than it was by more than a few bytes.
  if (bytes <= budget - 64) return null;
  const gzipBytes = gzipSync(html, { level: 9 }).length;
  return gzipBytes > budget ? { path, bytes, gzipBytes } : null;
}

const kB = (bytes: number) => `${(bytes / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} kB`;

/**
 * The warning for pages over budget, or null for none. A warning and not a failure: a long article
 * makes heavy pages, and the site still works, only its first view is slower; the build says so
 * and where, and the editor decides.
 */
export function budgetWarning(pages: readonly PageOverBudget[], budget: number = PAGE_HTML_BUDGET): string | null {
  if (pages.length === 0) return null;
  const heaviest = [...pages].sort((a, b) => b.gzipBytes - a.gzipBytes);
  const lines = heaviest.slice(0, 10).map((page) => `  ${page.path}: ${kB(page.gzipBytes)} gzip (${kB(page.bytes)})`);
  if (heaviest.length > 10) lines.push(`  and ${heaviest.length - 10} more`);
  return [
    `${pages.length} page${pages.length === 1 ? ' is' : 's are'} over the HTML budget of ${kB(budget)} gzip; every page carries the whole timeline and its article inline, so their first view will be slow to load:`,
    ...lines,
  ].join('\n');
}
