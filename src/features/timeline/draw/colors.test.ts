import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declarationsFor } from '../../../shared/color/cssRules';
import { BAND_TINT_OPACITY, HATCH_GROUND_OPACITY, HATCH_OPACITY, LABEL_PILL_SHARE, MIN_BIN_OPACITY, SPAN_OPACITY } from '../../../shared/color/lanePaint';
import { laneContrastShortfalls } from '../../../shared/color/laneContrast';
import { PALETTE_ORDER } from '../../../shared/schema/defaultVocabulary';
import { binOpacity } from '../model/overview';

/**
 * The chart paints with a lane's colour at the opacities `lanePaint.ts` names, and a story's
 * colours are checked for contrast at build time with those numbers (`laneContrast.ts`): this
 * holds timeline.css to them, so the check measures what the chart draws. The colours themselves
 * are a story's own; the default palette's are held to every check in `defaultVocabulary.test.ts`.
 */

const chart = readFileSync(new URL('./timeline.css', import.meta.url), 'utf8');

const number = (selector: string, property: string): number => {
  const value = Number(declarationsFor(chart, selector)[property]);
  if (!Number.isFinite(value)) throw new Error(`timeline.css has no ${property} for ${selector}`);
  return value;
};

describe('the chart’s paint, as the build-time contrast check assumes it', () => {
  it('draws bars for how long events last at the opacity checked', () => {
    expect(number('.span', 'fill-opacity')).toBe(SPAN_OPACITY);
  });

  it('tints, grounds and hatches period bands at the opacities checked, in the lane’s own colour', () => {
    expect(number('.band--tinted rect, .overview__picture .band--tinted', 'fill-opacity')).toBe(BAND_TINT_OPACITY);
    expect(number('.band__hatch-ground', 'fill-opacity')).toBe(HATCH_GROUND_OPACITY);
    expect(number('.band__hatch', 'stroke-opacity')).toBe(HATCH_OPACITY);
    for (const selector of ['.band--tinted rect, .overview__picture .band--tinted', '.band__hatch-ground']) expect(declarationsFor(chart, selector).fill).toBe('var(--lane)');
    for (const selector of ['.band__hatch', '.band__edge']) expect(declarationsFor(chart, selector).stroke).toBe('var(--lane)');
  });

  it('mixes as much of the page into a label’s pill as checked', () => {
    const share = /var\(--bg\) (\d+)%/.exec(declarationsFor(chart, '.mark__label').background ?? '')?.[1];
    expect(Number(share) / 100).toBe(LABEL_PILL_SHARE);
  });

  it('draws the overview’s faintest bin at the opacity checked', () => {
    expect(binOpacity(0, 9)).toBe(MIN_BIN_OPACITY);
  });

  it('keeps every label readable on its pill over any lane or band of the default palette', () => {
    for (const colour of PALETTE_ORDER) {
      for (const scheme of ['light', 'dark'] as const) {
        const text = laneContrastShortfalls(colour[scheme], scheme, true).filter((s) => s.needed === 4.5);
        expect(text, `${colour[scheme]} ${scheme}`).toEqual([]);
      }
    }
  });
});
