import { describe, expect, it } from 'vitest';
import { otherHeadlines } from './headlines';

describe('other headlines', () => {
  it('leaves out headlines that repeat the title, whatever their case, spacing or quote marks', () => {
    const title = 'Hamas Seeks Truce Extension Amid US Pressure';
    const headlines = [title, '  hamas seeks truce  extension amid US pressure ', 'Hamas willing to extend truce', 'Hamas willing to extend truce', 'Israel’s “offer”', "Israel's \"offer\""];
    expect(otherHeadlines(title, headlines)).toEqual(['Hamas willing to extend truce', 'Israel’s “offer”']);
  });

  it('keeps every headline that differs from the title, in order', () => {
    expect(otherHeadlines('A', ['B', 'C'])).toEqual(['B', 'C']);
    expect(otherHeadlines('A', [])).toEqual([]);
  });
});
