import { parseDocument } from 'yaml';

/** YAML read into plain data, or one line per problem: the file, the line and column, what is wrong. */
export type YamlRead = { ok: true; data: unknown } | { ok: false; messages: string[] };

/** An expansion beyond this many aliases is refused, as an "alias bomb" that would exhaust memory. */
export const MAX_ALIASES = 100;

/** The first line of a YAML library message, without the position it repeats. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

/**
 * Parses an authoring file. Syntax errors (an unclosed quote, a tab as indentation, a repeated
 * key) are reported as `FILE:LINE:COLUMN: message`, never as a stack trace, and the data of a
 * broken file is never used.
 */
export function readYaml(text: string, fileLabel: string): YamlRead {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      messages: doc.errors.map((error) => {
        const at = error.linePos?.[0];
        return `${fileLabel}${at ? `:${at.line}:${at.col}` : ''}: ${firstLine(error.message)}`;
      }),
    };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    return {
      ok: false,
      messages: [
        /alias/i.test(reason)
          ? `${fileLabel}: its aliases (*name) expand to more than ${MAX_ALIASES} copies, which could exhaust memory; write the values out instead`
          : `${fileLabel}: ${reason}`,
      ],
    };
  }
}
