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
