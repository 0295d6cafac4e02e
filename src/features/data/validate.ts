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

function toProblems(error: core.$ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || '(the whole file)', message: issue.message }));
}

/** Validates untrusted data once, at the edge, and reports each bad field by its path. */
export function validateTimeline(data: unknown): ValidationResult {
  const result = TimelineSchema.safeParse(data);
  return result.success ? { ok: true, timeline: result.data } : { ok: false, problems: toProblems(result.error) };
}
