/**
 * Invisible characters that set the direction of the text after them: embeddings (U+202A, U+202B),
 * overrides (U+202D, U+202E), their end (U+202C) and isolates (U+2066 to U+2069). One left open in a
 * title or a link's parameter reverses the rest of whatever sentence it is quoted in ("‮" makes
 * "…, which is not an event" read backwards). Arabic and Hebrew need none of them to show right;
 * the marks U+200E and U+200F, which only lean neutral characters one way, are not among them.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The first direction control in `text`, as `U+202E`, or null when it has none. */
export function firstBidiControl(text: string): string | null {
  const found = text.match(new RegExp(BIDI_CONTROLS.source));
  return found ? `U+${found[0].codePointAt(0)?.toString(16).toUpperCase()}` : null;
}

/** `text` without direction controls. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
