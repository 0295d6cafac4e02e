import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, mix, parseColor, type Rgba } from '../shared/color/contrast';
import { declarationsFor } from '../shared/color/cssRules';
import { SCHEMES as COLOUR_SCHEMES } from '../shared/color/schemes';
import { MAX_LANES } from '../shared/schema/shapes';

/**
 * The theme's colour pairs, checked in every scheme against WCAG 2.2 AA: 4.5:1 for text, 3:1 for
 * marks, controls' edges and focus rings (1.4.3, 1.4.11). The colours are read from theme.css
 * itself, so a change there is checked here.
 */

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');
const colours = (selector: string): Record<string, string> =>
  Object.fromEntries(Object.entries(declarationsFor(css, selector)).filter(([name, value]) => name.startsWith('--') && value.startsWith('#')));

const light = colours(':root');
const darkByPreference = colours(":root:not([data-theme='light'])");
const darkForced = colours(":root[data-theme='dark']");
const SCHEMES = { light, dark: darkByPreference } as const;

function tokens(scheme: Record<string, string>) {
  return (name: string): Rgba => {
    const color = parseColor(scheme[`--${name}`] ?? '');
    if (!color) throw new Error(`theme.css has no colour --${name}`);
    return color;
  };
}

const SERIES = ['series-0', 'series-1', 'series-2', 'series-3'];

describe('theme.css', () => {
  it('defines the same colours for a dark preference and for ?theme=dark, and every light colour in dark', () => {
    expect(Object.keys(darkByPreference).length).toBeGreaterThan(10);
    expect(darkForced).toEqual(darkByPreference);
    expect(Object.keys(darkByPreference).sort()).toEqual(Object.keys(light).sort());
  });

  it('keeps the dark scheme off paper, where the light one prints', () => {
    expect(css).toMatch(/@media screen and \(prefers-color-scheme: dark\)/);
    expect(css).toMatch(/@media screen \{\s*:root\[data-theme='dark'\]/);
  });

  for (const [name, scheme] of Object.entries(SCHEMES)) {
    describe(`${name} scheme`, () => {
      const c = tokens(scheme);
      const ratio = (fg: string, bg: Rgba) => contrastRatio(c(fg), bg);
      const grounds = { bg: c('bg'), surface: c('surface') };

      it('gives text 4.5:1 on the page, on panels and on highlighted words', () => {
        for (const [groundName, ground] of Object.entries(grounds)) {
          for (const fg of ['text', 'muted', 'accent', 'danger']) expect(ratio(fg, ground), `${fg} on ${groundName}`).toBeGreaterThanOrEqual(4.5);
        }
        expect(ratio('accent-text', c('accent')), 'a filled button').toBeGreaterThanOrEqual(4.5);
        expect(ratio('danger', c('danger-bg')), 'an error').toBeGreaterThanOrEqual(4.5);
        // Quoted words: a pale tint of --mark (article.css mixes 60 % of it into the page), and the current event's.
        const quoted = mix(c('mark'), c('bg'), 0.6);
        expect(ratio('text', quoted), 'text on a quoted passage').toBeGreaterThanOrEqual(4.5);
        expect(ratio('text', c('mark')), 'text on --mark').toBeGreaterThanOrEqual(4.5);
        expect(ratio('text', c('mark-current')), 'text on the current passage').toBeGreaterThanOrEqual(4.5);
      });

      it('gives marks, figures’ bar series, controls’ edges and focus rings 3:1 where they sit', () => {
        for (const [groundName, ground] of Object.entries(grounds)) {
          for (const fg of [...SERIES, 'accent', 'control-border', 'focus']) expect(ratio(fg, ground), `${fg} on ${groundName}`).toBeGreaterThanOrEqual(3);
        }
        // A focused current passage: the ring runs along its highlight.
        expect(ratio('focus', c('mark-current')), 'focus ring beside the current passage').toBeGreaterThanOrEqual(3);
      });
    });
  }
});

describe('a story’s own colours in the theme', () => {
  it('are checked at build time against the grounds and text colours theme.css declares', () => {
    for (const [name, scheme] of Object.entries(SCHEMES)) {
      const checked = COLOUR_SCHEMES[name as 'light' | 'dark'];
      for (const token of ['bg', 'surface', 'text', 'muted'] as const) expect(scheme[`--${token}`]?.toLowerCase(), `${name} --${token}`).toBe(checked[token]);
    }
  });

  it('pick each lane’s colour for the scheme in use, light on paper, for every lane a story may have', () => {
    const light = declarationsFor(css, '.story-colours');
    const dark = declarationsFor(css, ":root:not([data-theme='light']) .story-colours");
    const forced = declarationsFor(css, ":root[data-theme='dark'] .story-colours");
    for (let lane = 0; lane < MAX_LANES; lane += 1) {
      expect(light[`--lane-${lane}`]).toBe(`var(--lane-${lane}-light)`);
      expect(dark[`--lane-${lane}`]).toBe(`var(--lane-${lane}-dark)`);
      expect(forced[`--lane-${lane}`]).toBe(`var(--lane-${lane}-dark)`);
      expect(declarationsFor(css, `.lane--${lane}`)['--lane']).toBe(`var(--lane-${lane})`);
    }
    expect(css).toMatch(/@media screen and \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\) \.story-colours/);
    expect(css).toMatch(/@media screen \{\s*:root\[data-theme='dark'\] \.story-colours/);
  });
});

