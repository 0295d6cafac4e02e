import type { z } from 'zod';
import { problemsOf } from '../../src/shared/schema/validate.ts';

/**
 * Messages for editors: each names the field, the values involved and the event by its id, and
 * suggests the key or kind that was probably meant.
 */

/** Levenshtein distance: the fewest single-character edits that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate `word` was most probably meant to be, if one is close enough ("qualifer" → "qualifier"). */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const distance = c === lower ? 0 : c.startsWith(lower) || lower.startsWith(c) ? 1 : editDistance(lower, c);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return best && best.distance <= allowed ? best.candidate : undefined;
}

/** `value` as a message shows it: strings quoted, long ones cut. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * A problem as every message of the project writes it: the field's path, what is wrong, and the
 * event it belongs to by its id (`events[3].figures[0]: unknown key "qualifer": did you mean
 * "qualifier"? (event "rescue")`).
 */
export function problem(root: unknown, path: readonly PropertyKey[], message: string): string {
  const [found] = problemsOf([{ path, message }], root);
  return found ? `${found.path}: ${found.message}` : message;
}

/** The zod definition behind `schema`, read through wrappers (optional, default, pipe). */
interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
}
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The keys an object in the authoring file may have at `path`, read from the schema itself. */
export function knownKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  const def = defOf(schema);
  if (!def) return [];
  if (def.innerType !== undefined) return knownKeysAt(def.innerType, path);
  if (def.type === 'pipe') return knownKeysAt(def.in, path);
  if (def.type === 'union') return [...new Set((def.options ?? []).flatMap((option) => knownKeysAt(option, path)))];
  const [head, ...rest] = path;
  if (def.type === 'array') return head === undefined ? [] : knownKeysAt(def.element, rest);
  if (def.type === 'object' && def.shape) return head === undefined ? Object.keys(def.shape) : knownKeysAt(def.shape[String(head)], rest);
  return [];
}

/** One zod issue on the authoring file as lines an editor can act on. */
export function formatIssue(issue: z.core.$ZodIssue, root: unknown, schema: unknown): string[] {
  const value = at(root, issue.path);
  const say = (message: string) => problem(root, issue.path, message);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const guess = didYouMean(key, known);
        return say(`unknown key "${key}": ${guess ? `did you mean "${guess}"?` : `the keys here are ${known.join(', ')}`}`);
      });
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof value === 'string' ? didYouMean(value, options) : undefined;
      return [say(`${showValue(value)} is not one of ${options.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`)];
    }
    case 'invalid_type':
      return [say(value === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${showValue(value)}`)];
    default:
      // A message that already quotes the value ("2023-02-30 is not a date: …") says it once.
      return [say(value === undefined || typeof value === 'object' || issue.message.includes(showValue(value).replace(/^"|"$/g, '')) ? issue.message : `${issue.message} (got ${showValue(value)})`)];
  }
}
