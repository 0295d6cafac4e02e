/**
 * The shape of a plain-text article as shipped in a seed file: headline lines, then paragraphs
 * separated by blank lines. Which lines are headlines is declared, never guessed from
 * punctuation: the story lists them (`story.headlines`), or, by the documented default, they are
 * the lines before the first blank line. A caption or a dateline without a full stop further down
 * is a paragraph like any other. Offsets are UTF-16 indexes into the original text, so quotes,
 * marks and paragraphs line up with `text.slice(start, end)`.
 */

/** A stretch of the article by its offsets. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface ArticleStructure {
  headlines: TextSpan[];
  paragraphs: TextSpan[];
}

/** Runs of non-blank lines, trimmed. */
function blocks(text: string, from: number): TextSpan[] {
  const found: TextSpan[] = [];
  const pattern = /[^\r\n]+(?:\r?\n[^\r\n]+)*/g;
  pattern.lastIndex = from;
  for (const m of text.matchAll(pattern)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) found.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return found;
}

/** The article's lines that hold text, trimmed, in order. */
export function textLines(text: string): TextSpan[] {
  return blocks(text, 0).flatMap((block) => {
    const lines: TextSpan[] = [];
    for (const m of block.text.matchAll(/[^\r\n]+/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const trimmed = m[0].trim();
      if (trimmed) lines.push({ start: block.start + m.index + lead, end: block.start + m.index + lead + trimmed.length, text: trimmed });
    }
    return lines;
  });
}

/** The default headlines: the lines before the first blank line. */
export function defaultHeadlines(text: string): TextSpan[] {
  const first = blocks(text, 0)[0];
  return first ? textLines(text).filter((line) => line.end <= first.end) : [];
}

/**
 * Headlines and paragraphs. `headlines`, when given, are the declared headline texts: the
 * article's leading lines that equal them, in order, are its headlines. Without it, the lines
 * before the first blank line are.
 */
export function articleStructure(text: string, headlines?: readonly string[]): ArticleStructure {
  let found: TextSpan[];
  if (headlines === undefined) found = defaultHeadlines(text);
  else {
    const lines = textLines(text);
    found = [];
    for (const [i, headline] of headlines.entries()) {
      const line = lines[i];
      if (!line || line.text !== headline.trim()) break;
      found.push(line);
    }
  }
  const bodyStart = found.at(-1)?.end ?? 0;
  return { headlines: found, paragraphs: blocks(text, bodyStart) };
}
