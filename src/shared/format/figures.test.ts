import { describe, expect, it } from 'vitest';
import { formatFigure, formatValue } from './figures';

describe('figures as text', () => {
  it('keeps the qualifier and the scope', () => {
    expect(
      formatFigure({ value: 240, unit: 'Palestinians', label: 'killed', qualifier: 'nearly', scope: 'in the West Bank, by Israeli soldiers or settlers' }),
    ).toBe('nearly 240 Palestinians killed in the West Bank, by Israeli soldiers or settlers');
  });

  it('never rounds a value', () => {
    expect(formatValue(1234567)).toBe('1,234,567');
    expect(formatValue(2.75)).toBe('2.75');
    expect(formatFigure({ value: 8, unit: 'Israeli hostages', label: 'released by Hamas' })).toBe('8 Israeli hostages released by Hamas');
  });
});

describe('figures in the story’s language', () => {
  it('groups and marks decimals as the language does, never rounding', () => {
    expect(formatValue(1234567.5)).toBe('1,234,567.5');
    expect(formatValue(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatValue(1234567.5, 'fr')).toBe('1\u202f234\u202f567,5');
    expect(formatValue(1234567.5, 'es')).toBe('1.234.567,5');
    expect(formatValue(1234567.5, 'he')).toBe('1,234,567.5');
    expect(formatValue(1234567.5, 'ar')).toBe('1,234,567.5');
  });

  it('uses a locale’s own digits where it has them', () => {
    expect(formatValue(240, 'ar-EG')).toBe('٢٤٠');
    expect(formatFigure({ value: 1200, unit: 'أسرى', label: 'أُفرج عنهم', qualifier: 'نحو' }, 'ar-EG')).toBe('نحو ١٬٢٠٠ أسرى أُفرج عنهم');
  });
});
