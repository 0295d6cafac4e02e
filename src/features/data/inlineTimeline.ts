import type { Timeline } from './schema';
import { validateTimeline, type ValidationResult } from './validate';

/** The id of the `<script type="application/json">` a prerendered page carries its data in. */
export const INLINE_DATA_ID = 'sourceline-data';

/**
 * The timeline as the text of a JSON script element. `<` is escaped so no string in the data
 * can close the element, and U+2028/U+2029 so the text is also safe to paste into a script.
 */
export function serializeInlineTimeline(timeline: Timeline): string {
  return JSON.stringify(timeline).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The timeline a prerendered page carries, validated like any other input; null when the page
 * carries none (the dev server, or a page stripped of it), so the app fetches the file instead.
 */
export function readInlineTimeline(doc: Document): ValidationResult | null {
  const element = doc.getElementById(INLINE_DATA_ID);
  if (!element?.textContent) return null;
  let data: unknown;
  try {
    data = JSON.parse(element.textContent);
  } catch (error) {
    return { ok: false, problems: [{ path: '(the whole file)', message: error instanceof Error ? error.message : String(error) }] };
  }
  return validateTimeline(data);
}
