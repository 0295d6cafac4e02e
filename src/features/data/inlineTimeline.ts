import { scriptJson } from '../../shared/html/escape';
import type { Timeline } from '../../shared/schema/schema';
import type { ResolvedTimeline } from '../../shared/schema/kinds';

/** The id of the `<script type="application/json">` a prerendered page carries its data in. */
export const INLINE_DATA_ID = 'sourceline-data';

/** The timeline as the text of a JSON script element (`scriptJson`: no string in the data can close it). */
export function serializeInlineTimeline(timeline: Timeline): string {
  return scriptJson(timeline);
}

/**
 * The timeline a prerendered page carries; null when the page carries none (the dev server, or a
 * page stripped of it), or when what it carries is damaged, so the app fetches and validates the
 * file instead.
 *
 * The inline copy was validated against the schema by the prerender, which refuses to build
 * pages from invalid data: it is part of the build, as trusted as the script reading it, so it is
 * not validated twice. Only its outline is checked here, which keeps the schema library out of
 * the first download (`loadTimeline` loads it with the file it validates).
 */
export function readInlineTimeline(doc: Document): ResolvedTimeline | null {
  const text = doc.getElementById(INLINE_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const data: unknown = JSON.parse(text);
    // The prerender writes a derived file, which always carries its vocabulary: without one, the page's data is not ours.
    return hasTimelineOutline(data) && typeof data.vocabulary === 'object' && data.vocabulary !== null ? (data as ResolvedTimeline) : null;
  } catch {
    return null;
  }
}

/** The outline of a timeline: version 1, a story with its text, and events with ids and quotes. */
export function hasTimelineOutline(data: unknown): data is Timeline {
  if (typeof data !== 'object' || data === null) return false;
  const { version, story, events } = data as Partial<Record<keyof Timeline, unknown>>;
  return (
    version === 1 &&
    typeof story === 'object' &&
    story !== null &&
    typeof (story as { text?: unknown }).text === 'string' &&
    Array.isArray(events) &&
    events.length > 0 &&
    events.every((e: unknown) => typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string' && Array.isArray((e as { quotes?: unknown }).quotes))
  );
}
