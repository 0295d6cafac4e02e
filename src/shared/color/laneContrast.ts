import { composite, contrastRatio, mix, parseColor, withOpacity, type Rgba } from './contrast';
import { BAND_TINT_OPACITY, HATCH_GROUND_OPACITY, HATCH_OPACITY, LABEL_PILL_SHARE, MIN_BIN_OPACITY, SPAN_OPACITY } from './lanePaint';
import { SCHEMES, type SchemeName } from './schemes';

/**
 * WCAG 2.2 AA for a lane's colour in one scheme, everywhere the chart and the page paint with it:
 * marks, shapes, the legend, the edge of an event's card and a hover card, bars for how long an
 * event lasts and the overview's faintest bin need 3:1 against what they sit on (1.4.11); for a
 * lane of periods, drawn as bands across the chart, the band's edge and hatch need 3:1 too, and
 * the text laid over a band (axis labels, titles on their pills) 4.5:1 (1.4.3). The colour is
 * never used for text itself.
 */

/** A check that failed: what was measured, its ratio and the ratio it needs. */
export interface ContrastShortfall {
  /** "marks on the page (#ffffff)". */
  what: string;
  ratio: number;
  needed: 3 | 4.5;
}

/** Every shortfall of `colour` (a hex colour) in `scheme`; empty when it passes, or when it is no colour at all. */
export function laneContrastShortfalls(colour: string, scheme: SchemeName, periods = false): ContrastShortfall[] {
  const c = parseColor(colour);
  if (!c) return [];
  const s = SCHEMES[scheme];
  const [bg, surface, text, muted] = [s.bg, s.surface, s.text, s.muted].map((value) => parseColor(value) as Rgba) as [Rgba, Rgba, Rgba, Rgba];
  const checks: { what: string; fg: Rgba; ground: Rgba; needed: 3 | 4.5 }[] = [
    { what: `marks on the page (${s.bg})`, fg: c, ground: bg, needed: 3 },
    { what: `marks on a shaded lane (${s.surface})`, fg: c, ground: surface, needed: 3 },
    { what: `bars for how long an event lasts (at ${SPAN_OPACITY} opacity) on the page`, fg: composite(withOpacity(c, SPAN_OPACITY), bg), ground: bg, needed: 3 },
    { what: `bars for how long an event lasts (at ${SPAN_OPACITY} opacity) on a shaded lane`, fg: composite(withOpacity(c, SPAN_OPACITY), surface), ground: surface, needed: 3 },
    { what: `the overview's faintest bin (at ${MIN_BIN_OPACITY} opacity)`, fg: composite(withOpacity(c, MIN_BIN_OPACITY), surface), ground: surface, needed: 3 },
  ];
  if (periods) {
    const tint = composite(withOpacity(c, BAND_TINT_OPACITY), bg);
    const tintOnLane = composite(withOpacity(c, BAND_TINT_OPACITY), surface);
    const hatchGround = composite(withOpacity(c, HATCH_GROUND_OPACITY), bg);
    const hatch = composite(withOpacity(c, HATCH_OPACITY), hatchGround);
    const pill = (under: Rgba) => mix(bg, under, LABEL_PILL_SHARE);
    checks.push(
      { what: 'the edge of a period band on its tint', fg: c, ground: tint, needed: 3 },
      { what: 'the hatch of a period band on its ground', fg: hatch, ground: hatchGround, needed: 3 },
      { what: `quiet text (${s.muted}) on a period band`, fg: muted, ground: tint, needed: 4.5 },
      { what: `quiet text (${s.muted}) on a period band over a shaded lane`, fg: muted, ground: tintOnLane, needed: 4.5 },
      { what: `a title (${s.text}) on its label over a period band`, fg: text, ground: pill(tintOnLane), needed: 4.5 },
      { what: `a title (${s.text}) on its label over a period's hatch`, fg: text, ground: pill(composite(withOpacity(c, HATCH_OPACITY), surface)), needed: 4.5 },
    );
  }
  return checks.flatMap(({ what, fg, ground, needed }) => {
    const ratio = contrastRatio(fg, ground);
    return ratio >= needed ? [] : [{ what, ratio, needed }];
  });
}

/** "2.4:1", rounded down so a ratio shown as 3:1 is never one that fails. */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}
