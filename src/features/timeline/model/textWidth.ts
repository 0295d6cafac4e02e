/**
 * A deterministic estimate of a label's width, so that label placement is a pure function that
 * runs the same on the server and in every browser. It leans wide; the drawn label is given
 * exactly the width placement chose and ends in an ellipsis if the font runs wider still, so a
 * label can never spill onto its neighbour.
 */

const NARROW = new Set([...'il.,:;\'|!ıj·’‘ ']);
const SEMI = new Set([...'frt()[]-–/"“”']);
const WIDE = new Set([...'mwMW@%']);

function charWidth(char: string): number {
  if (NARROW.has(char)) return 0.3;
  if (SEMI.has(char)) return 0.4;
  if (WIDE.has(char)) return 0.92;
  if (char >= '0' && char <= '9') return 0.58;
  if (char >= 'A' && char <= 'Z') return 0.7;
  if (char >= 'a' && char <= 'z') return 0.56;
  const code = char.codePointAt(0)!;
  // Arabic's and Hebrew's vowel signs and marks sit on their letters and take no width of their own.
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed) || (code >= 0x0591 && code <= 0x05c7)) return 0;
  // Arabic letters join into narrow runs (about 0.41 em each in Noto Sans Arabic, measured in the
  // chart's labels); Hebrew letters are about as wide as Latin ones.
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return 0.48;
  if (code >= 0x05d0 && code <= 0x05ea) return 0.56;
  // Accented Latin letters are about as wide as plain ones; other scripts are set wide.
  return code < 0x2000 ? 0.62 : 1;
}

const cache = new Map<string, number>();

/** The estimated width in pixels of `text` set in the chart's sans-serif at `fontPx`. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let ems = cache.get(text);
  if (ems === undefined) {
    ems = 0;
    for (const char of text) ems += charWidth(char);
    if (cache.size > 20_000) cache.clear();
    cache.set(text, ems);
  }
  return Math.ceil(ems * fontPx * 1.04);
}

const ELLIPSIS = charWidth('…');

/**
 * `text` shortened to fit `maxWidth`, ending in "…". It cuts between words, so a figure is shown
 * whole or not at all: "nearly 240 Palestinians" may become "nearly 240…", never "nearly 24…".
 * Only a first word without digits is ever cut inside.
 *
 * Each try's width is the last one's plus the characters it adds, summed in the order
 * `estimateTextWidth` sums them, so it gives the same answer as measuring each try afresh without
 * building a string for each (a zoom frame shortens dozens of labels).
 */
export function shortenToWidth(text: string, maxWidth: number, fontPx: number): string {
  if (estimateTextWidth(text, fontPx) <= maxWidth) return text;
  const fits = (ems: number) => Math.ceil((ems + ELLIPSIS) * fontPx * 1.04) <= maxWidth;
  const words = text.split(' ');
  let kept = '';
  let keptEms = 0;
  for (const word of words) {
    // The width of what would be kept: the words so far, a space and this word (or the word alone).
    let ems = kept ? keptEms + charWidth(' ') : 0;
    for (const char of word) ems += charWidth(char);
    if (!fits(ems)) break;
    kept = kept ? `${kept} ${word}` : word;
    keptEms = ems;
  }
  if (kept) return `${kept.replace(/[\s·,;:–-]+$/u, '')}…`;
  const first = words[0] ?? '';
  if (/\d/.test(first)) return '…';
  let cut = '';
  let cutEms = 0;
  for (const char of first) {
    if (!fits(cutEms + charWidth(char))) break;
    cutEms += charWidth(char);
    cut += char;
  }
  return `${cut}…`;
}
