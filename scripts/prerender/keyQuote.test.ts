import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import { keyQuote } from './keyQuote.ts';

const timeline = JSON.parse(readFileSync(new URL('../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as Timeline;

describe('the quote a preview shows', () => {
  it('is one that states the key figure, for every event with figures', () => {
    for (const event of timeline.events.filter((e) => e.figures.length > 0)) {
      const quote = keyQuote(event);
      expect(event.quotes.map((q) => q.text)).toContain(quote);
      const value = event.figures[0]!.value;
      const words: Record<number, string> = { 3: 'three', 4: 'four', 8: 'eight' };
      expect(quote.includes(String(value)) || (words[value] !== undefined && quote.includes(words[value]))).toBe(true);
    }
  });

  it('is the first quote when the event states no figure', () => {
    const event = timeline.events.find((e) => e.figures.length === 0)!;
    expect(keyQuote(event)).toBe(event.quotes[0]?.text);
  });
});
