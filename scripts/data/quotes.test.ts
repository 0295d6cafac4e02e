import { describe, expect, it } from 'vitest';
import { locateQuote, nearMiss, occurrences, unicodeMismatch } from './quotes';

const seed = [
  'A Short Story Headline',
  '',
  'The ceasefire began on March 3 and lasted four days. Officials met again.',
  '',
  'Officials met again. Twelve people were released, and 2 were hurt.',
  '',
].join('\n');

describe('locating quotes', () => {
  it('records UTF-16 offsets that slice back to the quote', () => {
    const located = locateQuote(seed, 'lasted four days');
    expect(located.ok).toBe(true);
    if (located.ok) expect(seed.slice(located.quote.start, located.quote.end)).toBe('lasted four days');
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const text = 'Emoji 🕊️ first, then the quote.';
    const located = locateQuote(text, 'the quote');
    expect(located).toEqual({ ok: true, quote: { text: 'the quote', start: text.indexOf('the quote'), end: text.indexOf('the quote') + 9 } });
    // 🕊 is two UTF-16 code units and the variation selector one more: 22 units, 21 code points.
    expect(text.indexOf('the quote')).toBe(22);
    expect([...text.slice(0, 22)]).toHaveLength(21);
  });

  it('fails on a quote that is not in the article, naming the quote', () => {
    expect(locateQuote(seed, 'lasted five days')).toEqual({ ok: false, message: 'quote not found in the article: "lasted five days"' });
  });

  it('fails on an ambiguous quote unless a hint says which', () => {
    expect(occurrences(seed, 'Officials met again.')).toHaveLength(2);
    const ambiguous = locateQuote(seed, 'Officials met again.');
    expect(ambiguous.ok).toBe(false);
    if (!ambiguous.ok) expect(ambiguous.message).toContain('occurs 2 times in the article; add "occurrence: N" (1 to 2)');
    const second = locateQuote(seed, { text: 'Officials met again.', occurrence: 2 });
    expect(second.ok && second.quote.start).toBe(seed.lastIndexOf('Officials met again.'));
    expect(locateQuote(seed, { text: 'Officials met again.', occurrence: 3 }).ok).toBe(false);
  });
});

describe('a quote that nearly matches', () => {
  const article = 'The coach said: “We are all safe — and hungry.” Rescuers\u00a0agreed. It’s over.';

  it('shows the article’s passage when only the quote marks differ', () => {
    const located = locateQuote(article, '"We are all safe — and hungry."');
    expect(located.ok).toBe(false);
    if (!located.ok) {
      expect(located.message).toContain('differing only in quote marks');
      expect(located.message).toContain('“We are all safe — and hungry.”');
    }
  });

  it('names dashes and spaces when they are what differ', () => {
    const dashes = locateQuote(article, 'We are all safe - and hungry.');
    expect(!dashes.ok && dashes.message).toMatch(/differing only in dashes: "We are all safe — and hungry\."$/);
    const spaces = locateQuote(article, 'Rescuers  agreed.');
    expect(!spaces.ok && spaces.message).toMatch(/differing only in spaces: "Rescuers\u00a0agreed\."$/);
    const both = locateQuote(article, "It's over. ");
    const at = article.indexOf('It’s over.');
    expect(!both.ok && both.message).toBe(`quote not found verbatim: "It's over. "; the article has, at ${at}–${at + 10}, differing only in quote marks: "It’s over."`);
  });

  it('finds nothing near a quote that says something else', () => {
    expect(nearMiss(article, 'We are all lost and hungry.')).toBeNull();
    expect(locateQuote(article, 'We are all lost and hungry.')).toEqual({ ok: false, message: 'quote not found in the article: "We are all lost and hungry."' });
  });
});

describe('quotes in any script', () => {
  const arabic = 'قال المتحدث: «أُفرج عن ٢٤٠ أسيرًا فلسطينيًّا» يوم الجمعة.';
  const hebrew = 'הוא אמר: "שָׁלוֹם לכולם" ביום שישי.';

  it('are found verbatim, marks and all, with offsets into the article', () => {
    for (const [seed, quote] of [
      [arabic, 'أُفرج عن ٢٤٠ أسيرًا فلسطينيًّا'],
      [hebrew, 'שָׁלוֹם לכולם'],
    ] as const) {
      const located = locateQuote(seed, quote);
      expect(located.ok).toBe(true);
      if (located.ok) expect(seed.slice(located.quote.start, located.quote.end)).toBe(quote);
    }
  });

  it('that differ only in how their characters are composed are refused with the reason, not matched', () => {
    const seed = 'Le café a rouvert à Gaza.';
    const decomposed = 'Le café a rouvert'.normalize('NFD');
    expect(decomposed).not.toBe('Le café a rouvert');
    const reason = /characters are written differently \(Unicode normalisation: a letter and its mark as one character in one and two in the other, or a letter's marks in another order\); .*copy the words from the article itself/;
    const located = locateQuote(seed, decomposed);
    expect(located.ok).toBe(false);
    expect(!located.ok && located.message).toMatch(reason);
    // The article decomposed and the quote composed.
    const reverse = locateQuote(seed.normalize('NFD'), 'Le café a rouvert');
    expect(!reverse.ok && reverse.message).toMatch(reason);
    // Hebrew typed with the shin dot before the vowel, quoted in Unicode's order: the same word, other characters.
    const typed = 'הוא אמר: \u05E9\u05C1\u05B8\u05DC\u05D5\u05B9\u05DD לכולם';
    const quoted = '\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD לכולם';
    expect(typed.includes(quoted)).toBe(false);
    const hebrew = locateQuote(typed, quoted);
    expect(!hebrew.ok && hebrew.message).toMatch(reason);
    expect(unicodeMismatch('nothing like it', 'café')).toBeNull();
  });
});
