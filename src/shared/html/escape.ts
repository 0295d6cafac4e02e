/**
 * Text written into HTML by hand (the prerendered pages' head, the 404 page, the sitemap, the
 * embed code an editor pastes, the benchmark's pages): one way to escape each place, so no two
 * writers disagree on a character.
 */

/** Text for an HTML text node or an attribute value in double or single quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * JSON for the inside of a `<script>` element (data, JSON-LD, a script's string literal): `<` is
 * escaped so nothing in it can close the element, and U+2028 and U+2029 so the text is also a
 * valid JavaScript literal.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
