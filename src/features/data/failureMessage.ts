import type { FieldProblem } from '../../shared/schema/validate';
import { TimelineLoadError } from './loadTimeline';

/** What a reader is told when the timeline cannot be shown. */
export interface FailureMessage {
  headline: string;
  detail: string;
  problems: FieldProblem[];
}

/** Turns any error from loading into words a reader understands and an editor can act on. */
export function failureMessage(error: unknown): FailureMessage {
  if (!(error instanceof TimelineLoadError)) {
    return { headline: 'The timeline could not be shown.', detail: error instanceof Error ? error.message : String(error), problems: [] };
  }
  const { failure } = error;
  switch (failure.kind) {
    case 'network':
      return {
        headline: 'The timeline could not be loaded.',
        detail: `The request for ${failure.url} did not reach the server (${failure.detail}). Check your connection and try again.`,
        problems: [],
      };
    case 'http':
      return {
        headline: 'The timeline could not be loaded.',
        detail: `The server answered ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''} for ${failure.url}.`,
        problems: [],
      };
    case 'not-json':
      return {
        headline: 'The timeline file is damaged.',
        detail: `${failure.url} is not valid JSON (${failure.detail}).`,
        problems: [],
      };
    case 'invalid':
      return {
        headline: 'The timeline file has errors, so it is not shown.',
        detail: `${failure.url} failed ${failure.problems.length} check${failure.problems.length === 1 ? '' : 's'}:`,
        problems: failure.problems,
      };
  }
}
