import { describe, expect, it } from 'vitest';
import { articleView, locate, quoteFromSelection } from './selection';

describe('words selected in the article', () => {
  it('are the article’s own characters, CRLF line breaks included', () => {
    const seed = 'Head\r\n\r\nTwo died.\r\nSeven were hurt.\r\n';
    const view = articleView(seed);
    expect(view.text).toBe('Head\n\nTwo died.\nSeven were hurt.\n');
    const from = view.text.indexOf('died');
    const to = view.text.indexOf('hurt') + 4;
    const quote = quoteFromSelection(seed, view, from, to);
    expect(quote?.text).toBe('died.\r\nSeven were hurt');
    expect(seed.slice(quote!.start, quote!.end)).toBe(quote!.text);
    expect(view.fromSeed[seed.indexOf('Seven')]).toBe(view.text.indexOf('Seven'));
  });

  it('leave out spaces at the ends, and say which occurrence words that appear twice are', () => {
    const seed = 'He said no. She said no. ';
    const view = articleView(seed);
    expect(quoteFromSelection(seed, view, 15, 24)).toEqual({ text: 'said no.', occurrence: 2, start: 16, end: 24 });
    expect(quoteFromSelection(seed, view, 0, 11)).toEqual({ text: 'He said no.', start: 0, end: 11 });
    expect(quoteFromSelection(seed, view, 11, 12)).toBeNull();
  });

  it('are found again where they were', () => {
    const seed = 'He said no. She said no.';
    expect(locate(seed, { text: 'said no.', occurrence: 2 })).toEqual({ start: 16, end: 24 });
    expect(locate(seed, { text: 'said no.' })).toBeNull();
    expect(locate(seed, { text: 'absent' })).toBeNull();
  });
});
