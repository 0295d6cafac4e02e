/**
 * The data a page carries inline must be the data file beside it: a page built from an older
 * `timeline.json` would show facts the file no longer holds, and nothing at run time would say so
 * (a page with its data inline never fetches the file). The prerender writes both from one read,
 * and then checks every page it finds against the file, so a stale copy stops the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every `.html` file under `dir`, as paths relative to it, in a stable order. */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.html')) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

/** The text of the page's inline data element `id`, or null when it has none. */
export function inlineDataText(html: string, id: string): string | null {
  const match = new RegExp(`<script id="${id}" type="application/json">([\\s\\S]*?)</script>`).exec(html);
  return match ? (match[1] ?? '') : null;
}

/** Pages under `dist` whose inline data (element `id`) is not the data in `dataFile`, each with what differs. */
export function staleInlinePages(dist: string, dataFile: string, id: string): string[] {
  const file = JSON.stringify(JSON.parse(readFileSync(dataFile, 'utf8')));
  const stale: string[] = [];
  for (const path of htmlFiles(dist)) {
    const text = inlineDataText(readFileSync(join(dist, path), 'utf8'), id);
    if (text === null) continue;
    let inline: string;
    try {
      inline = JSON.stringify(JSON.parse(text));
    } catch {
      stale.push(`${path}: its inline data is not JSON`);
      continue;
    }
    if (inline !== file) stale.push(`${path}: its inline data is not ${relative(dist, dataFile)}`);
  }
  return stale;
}
