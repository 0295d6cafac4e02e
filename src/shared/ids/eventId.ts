/**
 * What an event id may be. An id becomes a folder of the build (`events/<id>/index.html`), a path
 * in every link to the event, a news page's hash (`#sourceline=<id>`) and a message between the
 * embed and its host, so it is URL-safe and short: lowercase letters, digits and hyphens, starting
 * with a letter or digit, at most 100 characters. The data's schema, the app's URL reader and both
 * sides of the embed all hold ids to this one rule.
 */

/** The longest event id, in characters. */
export const EVENT_ID_MAX_LENGTH = 100;

/** An event id, whole: URL-safe and at most `EVENT_ID_MAX_LENGTH` characters. */
export const EVENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** True when `text` is an event id the data could hold. */
export function isEventId(text: string): boolean {
  return EVENT_ID_PATTERN.test(text);
}
