import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, mix, parseColor, withOpacity, type Rgba } from '../../shared/color/contrast';
import { declarationsFor } from '../../shared/color/cssRules';
import { MIN_BIN_OPACITY } from './overview';

/**
 * The chart's own colours, read from timeline.css and painted over the theme's (theme.css), in
 * both schemes: the bars for how long events last, the truce bands' edges and hatch, the labels'
 * pills and the overview's faintest bins keep WCAG's 3:1 (graphics) or 4.5:1 (text).
 */

const theme = readFileSync(new URL('../../app/theme.css', import.meta.url), 'utf8');
const chart = readFileSync(new URL('./timeline.css', import.meta.url), 'utf8');
const SCHEMES = { light: ':root', dark: ":root:not([data-theme='light'])" };
const LANE_COLOURS = ['kind-truce', 'kind-exchange', 'kind-violence', 'kind-diplomacy', 'kind-humanitarian'];

const opacity = (selector: string, property: string): number => {
  const value = Number(declarationsFor(chart, selector)[property]);
  if (!Number.isFinite(value)) throw new Error(`timeline.css has no ${property} for ${selector}`);
  return value;
};

for (const [name, selector] of Object.entries(SCHEMES)) {
  describe(`the chart in the ${name} scheme`, () => {
    const vars = declarationsFor(theme, selector);
    const c = (token: string): Rgba => {
      const color = parseColor(vars[`--${token}`] ?? '');
      if (!color) throw new Error(`theme.css has no --${token} for ${selector}`);
      return color;
    };
    const grounds = { page: c('bg'), 'shaded lane': c('surface') };

    it('draws the bars for how long events last at 3:1 on the page and on shaded lanes', () => {
      const fill = opacity('.span', 'fill-opacity');
      for (const lane of LANE_COLOURS) {
        for (const [groundName, ground] of Object.entries(grounds)) {
          expect(contrastRatio(composite(withOpacity(c(lane), fill), ground), ground), `${lane} bar on the ${groundName}`).toBeGreaterThanOrEqual(3);
        }
      }
    });

    it('edges the truce bands at 3:1, and hatches the second period at 3:1 against its ground', () => {
      const tint = composite(withOpacity(c('kind-truce'), opacity('.band--tinted rect, .overview__picture .band--tinted', 'fill-opacity')), c('bg'));
      expect(contrastRatio(c('kind-truce'), c('bg')), 'band edge on the page').toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c('kind-truce'), tint), 'band edge on the tinted band').toBeGreaterThanOrEqual(3);
      const ground = composite(withOpacity(c('kind-truce'), opacity('.band__hatch-ground', 'fill-opacity')), c('bg'));
      const hatch = composite(withOpacity(c('kind-truce'), opacity('.band__hatch', 'stroke-opacity')), ground);
      expect(contrastRatio(hatch, ground), 'hatch line on its ground').toBeGreaterThanOrEqual(3);
      // Labels and axis text over a band.
      expect(contrastRatio(c('muted'), tint), 'muted text on a band').toBeGreaterThanOrEqual(4.5);
    });

    it('keeps labels readable on their pills over any lane or band', () => {
      // .mark__label's pill: a share of the page colour over what is behind it.
      const share = /var\(--bg\) (\d+)%/.exec(declarationsFor(chart, '.mark__label').background ?? '')?.[1];
      if (!share) throw new Error('timeline.css no longer mixes the page colour into .mark__label');
      const behind = [c('bg'), c('surface'), composite(withOpacity(c('kind-truce'), 0.2), c('surface'))];
      for (const under of behind) expect(contrastRatio(c('text'), mix(c('bg'), under, Number(share) / 100))).toBeGreaterThanOrEqual(4.5);
    });

    it('draws the overview’s faintest bin at 3:1 on the strip', () => {
      for (const lane of LANE_COLOURS) {
        const ground = c('surface');
        expect(contrastRatio(composite(withOpacity(c(lane), MIN_BIN_OPACITY), ground), ground), lane).toBeGreaterThanOrEqual(3);
      }
    });
  });
}
