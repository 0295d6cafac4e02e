import { describe, expect, it } from 'vitest';
import { hasOtherDigits, withLatinDigits } from './digits';

describe('digits of every script', () => {
  it('reads Arabic-Indic, Persian, Devanagari and full-width digits as 0–9, each where it was', () => {
    const cases: [string, string][] = [
      ['أفرجت عن ٢٤٠ أسيرًا', 'أفرجت عن 240 أسيرًا'],
      ['۱۴۰۲', '1402'],
      ['२४० लोग', '240 लोग'],
      ['１２', '12'],
      ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ];
    for (const [text, latin] of cases) {
      expect(withLatinDigits(text)).toBe(latin);
      expect(withLatinDigits(text)).toHaveLength(text.length);
    }
  });

  it('reads Arabic’s own separators only in a text that has such digits', () => {
    expect(withLatinDigits('١٬٢٠٠ و٢٫٥')).toBe('1,200 و2.5');
    expect(hasOtherDigits('1,200 and 2.5')).toBe(false);
    expect(withLatinDigits('1,200 and 2.5')).toBe('1,200 and 2.5');
  });
});
