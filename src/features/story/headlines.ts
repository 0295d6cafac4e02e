/** Headlines compared as a reader reads them: case, spacing and curly or straight quotes aside. */
const sameWords = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('en');

/**
 * The article's headlines that say something the title does not: each once, in the article's
 * order, leaving out any that repeat the title (an article often prints its headline twice).
 */
export function otherHeadlines(title: string, headlines: readonly string[]): string[] {
  const seen = new Set([sameWords(title)]);
  const out: string[] = [];
  for (const headline of headlines) {
    const key = sameWords(headline);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(headline);
  }
  return out;
}
