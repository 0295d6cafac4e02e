import type { Timeline } from '../../shared/schema/schema';
import type { FieldProblem } from '../../shared/schema/validate';

/** Why the timeline could not be shown, in terms a reader and an editor can act on. */
export type LoadFailure =
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'http'; url: string; status: number; statusText: string }
  | { kind: 'not-json'; url: string; detail: string }
  | { kind: 'invalid'; url: string; problems: FieldProblem[] };

/** Thrown by `loadTimeline` so react-query keeps the failure's details. */
export class TimelineLoadError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure) {
    super(`Timeline could not be loaded: ${failure.kind}`);
    this.name = 'TimelineLoadError';
    this.failure = failure;
  }
}

/** Fetches, parses and validates the timeline at `url`; every failure becomes a `TimelineLoadError`. */
export async function loadTimeline(url: string, fetchImpl: typeof fetch = fetch): Promise<Timeline> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new TimelineLoadError({ kind: 'network', url, detail: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) {
    throw new TimelineLoadError({ kind: 'http', url, status: response.status, statusText: response.statusText });
  }
  const body = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new TimelineLoadError({ kind: 'not-json', url, detail: error instanceof Error ? error.message : String(error) });
  }
  // The schema library loads with the file it checks: a prerendered page, which carries data the
  // build validated, never needs it.
  const { validateTimeline } = await import('../../shared/schema/validate');
  const result = validateTimeline(data);
  if (!result.ok) throw new TimelineLoadError({ kind: 'invalid', url, problems: result.problems });
  return result.timeline;
}
