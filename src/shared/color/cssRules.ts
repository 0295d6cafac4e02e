/**
 * Reads declarations out of a stylesheet's text, so tests can check the colours a stylesheet
 * really uses (its custom properties, a rule's opacity) rather than copies of them. Plain rules
 * only: a rule's body is the text between its selector's `{` and the next `}`.
 */

/** A selector list written one way: `a  b,\n c` and `a b, c` are the same list. */
const normalSelector = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .join(', ');

/**
 * The bodies of every rule whose selector list is `selector` (whitespace aside), in stylesheet
 * order, whether inside an at-rule or not.
 */
export function ruleBodies(css: string, selector: string): string[] {
  const wanted = normalSelector(selector);
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/([^{};]+)\{([^{}]*)\}/g)].filter((match) => normalSelector(match[1] ?? '') === wanted).map((match) => match[2] ?? '');
}

/** The declarations of one rule body, by property name (custom properties keep their `--`). */
export function declarations(body: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon === -1) continue;
    const name = part.slice(0, colon).trim();
    if (name) result[name] = part.slice(colon + 1).trim();
  }
  return result;
}

/** The declarations of every rule for `selector`, later rules overriding earlier ones. */
export function declarationsFor(css: string, selector: string): Record<string, string> {
  return Object.assign({}, ...ruleBodies(css, selector).map(declarations)) as Record<string, string>;
}
