import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, shortenToWidth } from './textWidth';

describe('label widths', () => {
  it('grows with the text and the font', () => {
    expect(estimateTextWidth('24 Nov', 12)).toBeGreaterThan(estimateTextWidth('24', 12));
    expect(estimateTextWidth('Jerusalem', 13)).toBeGreaterThan(estimateTextWidth('Jerusalem', 12));
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('leans wide of a real sans-serif, so drawn labels fit their boxes', () => {
    // About 0.5 em per character is typical of system sans-serifs for mixed text.
    const text = 'Hostages and prisoners released since the truce began';
    expect(estimateTextWidth(text, 13)).toBeGreaterThanOrEqual(text.length * 13 * 0.5);
  });

  it('sets Arabic as its joined letters run, its vowel marks taking no width', () => {
    const title = 'رئيس لجنة الانتخابات يعلن فوز تينوبو';
    // Drawn about 0.41 em a letter in the chart's labels: leaning wide of that, not half as wide again.
    expect(estimateTextWidth(title, 13)).toBeGreaterThanOrEqual(title.length * 13 * 0.41);
    expect(estimateTextWidth(title, 13)).toBeLessThanOrEqual(title.length * 13 * 0.52);
    expect(estimateTextWidth('محدَّد', 13)).toBe(estimateTextWidth('محدد', 13));
    expect(estimateTextWidth('שָׁלוֹם', 13)).toBe(estimateTextWidth('שלום', 13));
  });
});

describe('shortening a label', () => {
  it('keeps text that fits', () => {
    expect(shortenToWidth('3 people', 200, 12)).toBe('3 people');
  });

  it('cuts between words and never inside a figure', () => {
    const text = 'nearly 240 Palestinians';
    const short = shortenToWidth(text, estimateTextWidth('nearly 240…', 12) + 2, 12);
    expect(short).toBe('nearly 240…');
    expect(shortenToWidth(text, estimateTextWidth('nearly 24…', 12), 12)).toBe('nearly…');
    expect(shortenToWidth('1,234 people', 20, 12)).toBe('…');
    expect(shortenToWidth('Blinken calls for an extension', 40, 12)).toMatch(/^Bli?n?k?…$/);
  });

  it('property: a shortened label fits, and every number in it is whole', () => {
    const word = fc.oneof(fc.stringMatching(/^[a-zA-Z]{1,10}$/), fc.integer({ min: 0, max: 1_000_000 }).map((n) => n.toLocaleString('en-GB')), fc.constant('·'));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 16, max: 300 }), (words, width) => {
        const text = words.join(' ');
        const short = shortenToWidth(text, width, 12);
        if (short === text) return;
        expect(short.endsWith('…')).toBe(true);
        expect(estimateTextWidth(short, 12)).toBeLessThanOrEqual(width);
        const shown = short.slice(0, -1).split(' ').filter(Boolean);
        shown.forEach((piece, i) => {
          if (/\d/.test(piece)) expect(piece).toBe(words[i]);
        });
      }),
    );
  });

  it('property: answers as measuring each try afresh does, for any text, width and size', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(' ', ' ', '·', ',', '–', '…', '٣', 'ש', 'é', '240'), fc.string({ maxLength: 6 })), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 9, max: 16 }), (words, width, fontPx) => {
        expect(shortenToWidth(words, width, fontPx)).toBe(shortenByMeasuring(words, width, fontPx));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The plain way: each try built as a string and measured whole. */
function shortenByMeasuring(text: string, maxWidth: number, fontPx: number): string {
  if (estimateTextWidth(text, fontPx) <= maxWidth) return text;
  const fits = (candidate: string) => estimateTextWidth(`${candidate}…`, fontPx) <= maxWidth;
  const words = text.split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (!fits(next)) break;
    kept = next;
  }
  if (kept) return `${kept.replace(/[\s·,;:–-]+$/u, '')}…`;
  const first = words[0] ?? '';
  if (/\d/.test(first)) return '…';
  let cut = '';
  for (const char of first) {
    if (!fits(cut + char)) break;
    cut += char;
  }
  return `${cut}…`;
}
