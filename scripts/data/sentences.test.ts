import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const sentencesOf = (text: string) => splitSentences({ start: 10, end: 10 + text.length, text }).map((s) => s.text);

describe('sentences of a paragraph', () => {
  it('does not end a sentence inside a web name', () => {
    const text = 'The depot was used for explosives. Znak.com further reported its source said so. Police denied it.';
    expect(sentencesOf(text)).toEqual(['The depot was used for explosives.', 'Znak.com further reported its source said so.', 'Police denied it.']);
  });

  it('keeps offsets into the article', () => {
    const text = 'Three died. Officials said so.';
    expect(splitSentences({ start: 10, end: 10 + text.length, text }).map((s) => [s.start, s.end])).toEqual([
      [10, 21],
      [22, 40],
    ]);
  });
});
