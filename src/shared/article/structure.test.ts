import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleStructure, defaultHeadlines, textLines } from './structure';

const seed = readFileSync(new URL('../../../seeds/000_126b9c83ffb51b79.txt', import.meta.url), 'utf8');

const TRUCE_HEADLINES = [
  'Hamas Seeks Truce Extension Amid US Pressure for Gaza Safe Zones',
  'Hamas Seeks Truce Extension Amid US Pressure for Gaza Safe Zones',
  'Hamas willing to extend truce as US urges Israel for Gaza safe zones',
];

describe('article structure', () => {
  it('takes the declared headlines, repeats included', () => {
    const { headlines, paragraphs } = articleStructure(seed, TRUCE_HEADLINES);
    expect(headlines.map((h) => h.text)).toEqual(TRUCE_HEADLINES);
    expect(paragraphs[0]?.text.startsWith('Hamas has expressed its willingness')).toBe(true);
  });

  it('keeps offsets that slice back to the text', () => {
    const { headlines, paragraphs } = articleStructure(seed, TRUCE_HEADLINES);
    for (const span of [...headlines, ...paragraphs]) expect(seed.slice(span.start, span.end)).toBe(span.text);
    expect(paragraphs).toHaveLength(15);
  });

  it('by default takes the lines before the first blank line, and nothing else', () => {
    expect(defaultHeadlines(seed).map((h) => h.text)).toEqual([TRUCE_HEADLINES[0]]);
    const text = 'Main headline\nA standfirst line\n\nBody text. More.';
    expect(articleStructure(text).headlines.map((h) => h.text)).toEqual(['Main headline', 'A standfirst line']);
    expect(articleStructure(text).paragraphs.map((p) => p.text)).toEqual(['Body text. More.']);
  });

  it('never takes a caption or a dateline without a full stop for a headline', () => {
    const text = [
      'Boys found alive deep inside flooded cave',
      '',
      'Photo: Rescue workers at the entrance of the cave, July 2, 2018 (File photo)',
      '',
      'CHIANG RAI, Thailand, July 3',
      '',
      'All twelve boys and their coach were found alive late on Monday.',
    ].join('\n');
    const { headlines, paragraphs } = articleStructure(text);
    expect(headlines.map((h) => h.text)).toEqual(['Boys found alive deep inside flooded cave']);
    // The photo caption and the dateline line are body text, where coverage reads them.
    expect(paragraphs.map((p) => p.text)).toContain('Photo: Rescue workers at the entrance of the cave, July 2, 2018 (File photo)');
    expect(paragraphs.map((p) => p.text)).toContain('CHIANG RAI, Thailand, July 3');
  });

  it('treats an article declared without headlines as all body', () => {
    expect(articleStructure('Just a sentence.\n\nAnother one.', []).headlines).toEqual([]);
    expect(articleStructure('Just a sentence.\n\nAnother one.', []).paragraphs).toHaveLength(2);
  });

  it('stops at the first declared headline the text does not have', () => {
    expect(articleStructure('One\nTwo\n\nBody.', ['One', 'Three']).headlines.map((h) => h.text)).toEqual(['One']);
    expect(articleStructure('One\nTwo\n\nBody.', ['One', 'Three']).paragraphs.map((p) => p.text)).toEqual(['Two', 'Body.']);
  });

  it('lists lines with their offsets', () => {
    const text = '  A\r\nB  \n\n C';
    expect(textLines(text)).toEqual([
      { start: 2, end: 3, text: 'A' },
      { start: 5, end: 6, text: 'B' },
      { start: 11, end: 12, text: 'C' },
    ]);
  });
});
