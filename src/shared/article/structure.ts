/**
 * The shape of a plain-text article as shipped in a seed file: leading headline lines, then
 * paragraphs separated by blank lines, each split into sentences. Offsets are UTF-16 indexes
 * into the original text, so quotes, marks and sentences line up with `text.slice(start, end)`.
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
  sentences: TextSpan[];
}

const TERMINAL = /[.!?…]["”’)\]]*$/;

function blocks(text: string): TextSpan[] {
  const found: TextSpan[] = [];
  const pattern = /[^\r\n]+(?:\r?\n[^\r\n]+)*/g;
  for (const m of text.matchAll(pattern)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) found.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return found;
}

/** Splits a paragraph into sentences at terminal punctuation followed by space and a capital. */
export function splitSentences(paragraph: TextSpan): TextSpan[] {
  const found: TextSpan[] = [];
  const boundary = /[.!?…]["”’)\]]*\s+(?=["“‘(]?[A-Z0-9])/g;
  let from = 0;
  for (const m of paragraph.text.matchAll(boundary)) {
    const cut = m.index + m[0].trimEnd().length;
    found.push({ start: paragraph.start + from, end: paragraph.start + cut, text: paragraph.text.slice(from, cut) });
    from = m.index + m[0].length;
  }
  if (from < paragraph.text.length) {
    found.push({ start: paragraph.start + from, end: paragraph.end, text: paragraph.text.slice(from) });
  }
  return found;
}

/** Headlines are the leading one-line blocks that do not end like a sentence. */
export function articleStructure(text: string): ArticleStructure {
  const all = blocks(text);
  const firstBody = all.findIndex((b) => b.text.includes('\n') || TERMINAL.test(b.text));
  const cut = firstBody === -1 ? 0 : firstBody;
  const headlines = all.slice(0, cut);
  const paragraphs = all.slice(cut);
  return { headlines, paragraphs, sentences: paragraphs.flatMap(splitSentences) };
}
