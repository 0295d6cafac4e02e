import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, isLargeText, mix, parseColor, relativeLuminance, withOpacity } from './contrast';

const must = (text: string) => {
  const color = parseColor(text);
  if (!color) throw new Error(`unreadable colour ${text}`);
  return color;
};

describe('parseColor', () => {
  it('reads the forms the theme writes and browsers compute', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#0B5CAD')).toEqual({ r: 11, g: 92, b: 173, a: 1 });
    expect(parseColor('#00000080')?.a).toBeCloseTo(0.502, 3);
    expect(parseColor('rgb(11, 92, 173)')).toEqual({ r: 11, g: 92, b: 173, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.2)')).toEqual({ r: 0, g: 0, b: 0, a: 0.2 });
    expect(parseColor('rgb(0 0 0 / 20%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.2 });
    expect(parseColor('color(srgb 1 0.5 0 / 0.88)')).toEqual({ r: 255, g: 127.5, b: 0, a: 0.88 });
    expect(parseColor('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  });

  it('gives null for what it cannot read', () => {
    for (const text of ['', 'red', '#12', '#ggg', 'rgb(1, 2)', 'hsl(0 0% 0%)', 'color(display-p3 1 0 0)']) expect(parseColor(text)).toBeNull();
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio(must('#000'), must('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(must('#fff'), must('#fff'))).toBeCloseTo(1, 5);
    // #767676 on white is the well-known lightest grey that passes 4.5:1.
    expect(contrastRatio(must('#767676'), must('#fff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(must('#777777'), must('#fff'))).toBeLessThan(4.5);
  });

  it('is symmetric', () => {
    const a = must('#0b5cad');
    const b = must('#f4f5f7');
    expect(contrastRatio(a, b)).toBeCloseTo(contrastRatio(b, a), 10);
  });

  it('paints a translucent foreground over the background first', () => {
    const black = must('#000');
    const white = must('#fff');
    expect(contrastRatio(withOpacity(black, 0), white)).toBeCloseTo(1, 5);
    expect(contrastRatio(withOpacity(black, 0.5), white)).toBeCloseTo(contrastRatio(must('#808080'), white), 1);
  });
});

describe('composite and mix', () => {
  it('paints source-over', () => {
    expect(composite(withOpacity(must('#000'), 0.5), must('#fff'))).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(composite(must('#123456'), must('#fff'))).toEqual(must('#123456'));
    expect(composite(must('transparent'), must('transparent')).a).toBe(0);
  });

  it('mixes as color-mix(in srgb) does', () => {
    expect(mix(must('#000'), must('#fff'), 0.6)).toEqual({ r: 102, g: 102, b: 102, a: 1 });
  });

  it('orders luminance from black to white', () => {
    expect(relativeLuminance(must('#000'))).toBe(0);
    expect(relativeLuminance(must('#fff'))).toBeCloseTo(1, 10);
    expect(relativeLuminance(must('#808080'))).toBeGreaterThan(relativeLuminance(must('#404040')));
  });
});

describe('isLargeText', () => {
  it('is 24 px, or 18.66 px bold', () => {
    expect(isLargeText(24, 400)).toBe(true);
    expect(isLargeText(23.9, 400)).toBe(false);
    expect(isLargeText(18.66, 700)).toBe(true);
    expect(isLargeText(18.66, 600)).toBe(false);
  });
});
