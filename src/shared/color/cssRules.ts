/**
 * Reads declarations out of a stylesheet's text, so tests can check the colours a stylesheet
 * really uses (its custom properties, a rule's opacity) rather than copies of them. Plain rules
 * only: a rule's body is the text between its selector's `{` and the next `}`.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The bodies of every rule whose selector list is exactly `selector`, in stylesheet order. */
export function ruleBodies(css: string, selector: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const pattern = new RegExp(`(?:^|[{};])\\s*${escapeRegExp(selector)}\\s*\\{([^}]*)\\}`, 'g');
  return [...withoutComments.matchAll(pattern)].map((match) => match[1] ?? '');
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
