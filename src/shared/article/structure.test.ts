import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleStructure, splitSentences } from './structure';

const seed = readFileSync(new URL('../../../seeds/000_126b9c83ffb51b79.txt', import.meta.url), 'utf8');

describe('article structure', () => {
  it('finds the three headline lines of the seed, repeats included', () => {
    const { headlines } = articleStructure(seed);
    expect(headlines.map((h) => h.text)).toEqual([
      'Hamas Seeks Truce Extension Amid US Pressure for Gaza Safe Zones',
      'Hamas Seeks Truce Extension Amid US Pressure for Gaza Safe Zones',
      'Hamas willing to extend truce as US urges Israel for Gaza safe zones',
    ]);
  });

  it('keeps offsets that slice back to the text', () => {
    const { headlines, paragraphs, sentences } = articleStructure(seed);
    for (const span of [...headlines, ...paragraphs, ...sentences]) {
      expect(seed.slice(span.start, span.end)).toBe(span.text);
    }
    expect(paragraphs).toHaveLength(15);
    expect(paragraphs[0]?.text.startsWith('Hamas has expressed its willingness')).toBe(true);
  });

  it('splits sentences at terminal punctuation before a capital', () => {
    const text = 'One thing happened. Then 3 more did! "Quoted" too? yes. End';
    const sentences = splitSentences({ start: 10, end: 10 + text.length, text });
    expect(sentences.map((s) => s.text)).toEqual(['One thing happened.', 'Then 3 more did!', '"Quoted" too? yes.', 'End']);
    expect(sentences[1]).toMatchObject({ start: 30 });
  });

  it('treats an article without headlines as all body', () => {
    expect(articleStructure('Just a sentence.\n\nAnother one.').headlines).toEqual([]);
  });
});
