import { describe, expect, it } from 'vitest';
import { articleBlocks, passageId, quoteAnchorId, quoteAnchorOffset } from './passages';

const text = 'Headline\n\nFirst paragraph here.\n\nSecond one.';
const blocks = articleBlocks(text, ['Headline']);

describe('passage anchors', () => {
  it('lists headlines and paragraphs in text order', () => {
    expect(blocks.map((b) => b.text)).toEqual(['Headline', 'First paragraph here.', 'Second one.']);
  });

  it('names a passage by its start offset', () => {
    expect(passageId(2474)).toBe('passage-2474');
  });

  it('anchors a quote at its own start when that is inside a block', () => {
    const start = text.indexOf('paragraph');
    expect(quoteAnchorOffset({ start, end: start + 9 }, blocks)).toBe(start);
    expect(quoteAnchorId({ start, end: start + 9 }, blocks)).toBe(`passage-${start}`);
  });

  it('anchors a quote that begins between blocks at the next block it reaches', () => {
    const gap = text.indexOf('\n\nSecond');
    expect(quoteAnchorOffset({ start: gap, end: text.length }, blocks)).toBe(text.indexOf('Second'));
  });

  it('has no anchor for a quote of blank space only', () => {
    const gap = text.indexOf('\n\nSecond');
    expect(quoteAnchorId({ start: gap, end: gap + 2 }, blocks)).toBeNull();
  });
});
