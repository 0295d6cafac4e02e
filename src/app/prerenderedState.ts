import { EMPTY_STATE, type AppUrlState } from './location/appUrl';

/** The attribute of `#root` that gives a prerendered page's story folder, from the site's root (`''` or `gaza-truce/`). */
export const STORY_PATH_ATTRIBUTE = 'data-story-path';

/** The attribute of `#root` naming the state a page was prerendered for. */
export const PRERENDERED_STATE_ATTRIBUTE = 'data-prerendered';

/** The state as the attribute writes it. */
export function writePrerenderedState(state: AppUrlState): string {
  return JSON.stringify(state);
}

/** The state a page was prerendered for, or null when it was not (or the attribute is damaged). */
export function readPrerenderedState(text: string | null): AppUrlState | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<AppUrlState>;
    return { ...EMPTY_STATE, ...value };
  } catch {
    return null;
  }
}
