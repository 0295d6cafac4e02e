import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, parseColor, withOpacity, type Rgba } from './contrast';
import { formatRatio, laneContrastShortfalls } from './laneContrast';
import { SCHEMES } from './schemes';

const rgb = (hex: string) => parseColor(hex) as Rgba;

describe('a lane colour checked where the chart paints with it', () => {
  it('passes a colour with 3:1 wherever it is drawn, in either scheme', () => {
    expect(laneContrastShortfalls('#0b5cad', 'light', true)).toEqual([]);
    expect(laneContrastShortfalls('#8cc2ff', 'dark', true)).toEqual([]);
  });

  it('names every check a colour fails, with its ratio and the ratio it needs', () => {
    const shortfalls = laneContrastShortfalls('#ffd24d', 'light');
    expect(shortfalls.map((s) => s.what)).toEqual([
      'marks on the page (#ffffff)',
      'marks on a shaded lane (#f4f5f7)',
      'bars for how long an event lasts (at 0.8 opacity) on the page',
      'bars for how long an event lasts (at 0.8 opacity) on a shaded lane',
      "the overview's faintest bin (at 0.8 opacity)",
    ]);
    expect(shortfalls[0]?.ratio).toBeCloseTo(contrastRatio(rgb('#ffd24d'), rgb(SCHEMES.light.bg)), 10);
    expect(shortfalls.every((s) => s.needed === 3)).toBe(true);
  });

  it('is stricter for the same colour where it is drawn translucent', () => {
    // Just enough on the page as a mark; as a bar at 0.8 opacity it falls short.
    const [mark, bar] = [contrastRatio(rgb('#767676'), rgb('#ffffff')), contrastRatio(composite(withOpacity(rgb('#767676'), 0.8), rgb('#ffffff')), rgb('#ffffff'))];
    expect(mark).toBeGreaterThan(4.5);
    expect(bar).toBeLessThan(mark);
    const edge = laneContrastShortfalls('#949494', 'light').map((s) => s.what);
    expect(edge).toContain('bars for how long an event lasts (at 0.8 opacity) on the page');
  });

  it('checks a dark colour against the dark scheme', () => {
    expect(laneContrastShortfalls('#0b5cad', 'dark').map((s) => s.what)[0]).toBe('marks on the page (#121417)');
    expect(laneContrastShortfalls('#0b5cad', 'light')).toEqual([]);
  });

  it('rounds a ratio down, so one shown as 3:1 never fails', () => {
    expect(formatRatio(2.999)).toBe('2.9:1');
    expect(formatRatio(4.5)).toBe('4.5:1');
  });
});
