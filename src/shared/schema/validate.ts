import type { core } from 'zod/mini';
import { TimelineSchema, type Timeline } from './schema';

/** One field that failed, by its path in the file: `events[1].id: expected …`. */
export interface FieldProblem {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; timeline: Timeline } | { ok: false; problems: FieldProblem[] };

/** `['events', 1, 'quotes', 0, 'start']` → `events[1].quotes[0].start`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** The id of the event a path goes through (`events[3].start` → that event's id), if it has a usable one. */
function eventIdOn(path: readonly PropertyKey[], data: unknown): string | null {
  const [list, index, field] = path;
  if (list !== 'events' || typeof index !== 'number' || field === 'id') return null;
  const events: unknown = data !== null && typeof data === 'object' ? (data as { events?: unknown }).events : undefined;
  const event: unknown = Array.isArray(events) ? events[index] : undefined;
  const id: unknown = event !== null && typeof event === 'object' ? (event as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' && id.length <= 100 ? id : null;
}

/**
 * Each issue by its path, naming the event it belongs to where it belongs to one, so an editor
 * finds it without counting: `events[3].start: 2023-02-30 is not a date: … (event "truce-extension")`.
 * Works for issues of the app's schema and of the authoring file's alike.
 */
export function problemsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[], data: unknown): FieldProblem[] {
  return issues.map((issue) => {
    const id = eventIdOn(issue.path, data);
    return { path: formatPath(issue.path) || '(the whole file)', message: id ? `${issue.message} (event "${id}")` : issue.message };
  });
}

function toProblems(error: core.$ZodError, data: unknown): FieldProblem[] {
  return problemsOf(error.issues, data);
}

/** Validates untrusted data once, at the edge, and reports each bad field by its path. */
export function validateTimeline(data: unknown): ValidationResult {
  const result = TimelineSchema.safeParse(data);
  return result.success ? { ok: true, timeline: result.data } : { ok: false, problems: toProblems(result.error, data) };
}
