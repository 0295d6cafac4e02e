import type { FieldProblem } from '../../shared/schema/validate';
import { TimelineLoadError } from './loadTimeline';
import type { Bound, LaterMessages } from '../../shared/i18n/messages';

/** What a reader is told when the timeline cannot be shown. */
export interface FailureMessage {
  headline: string;
  detail: string;
  problems: FieldProblem[];
}

/**
 * Turns any error from loading into words a reader understands and an editor can act on, in the
 * interface's words `t` (English while no story, and so no language, is known). The problems'
 * paths and messages are the schema's, for the editor who fixes the file.
 */
export function failureMessage(error: unknown, t: Bound<LaterMessages>): FailureMessage {
  if (!(error instanceof TimelineLoadError)) {
    return { headline: t.failedShown, detail: error instanceof Error ? error.message : String(error), problems: [] };
  }
  const { failure } = error;
  switch (failure.kind) {
    case 'network':
      return { headline: t.failedLoaded, detail: t.failedNetwork({ url: failure.url, detail: failure.detail }), problems: [] };
    case 'http':
      return {
        headline: t.failedLoaded,
        detail: t.failedHttp({ status: `${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}`, url: failure.url }),
        problems: [],
      };
    case 'not-json':
      return { headline: t.failedDamaged, detail: t.failedNotJson({ url: failure.url, detail: failure.detail }), problems: [] };
    case 'invalid':
      return { headline: t.failedInvalid, detail: t.failedChecks({ url: failure.url, count: failure.problems.length }), problems: failure.problems };
  }
}
