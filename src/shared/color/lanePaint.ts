/**
 * How the chart paints with a lane's colour: the opacities `timeline.css` and the overview strip
 * use (`colors.test.ts` holds them equal to the stylesheet), so a story's colours can be checked
 * for contrast at build time exactly as they will be drawn.
 */

/** Bars for how long an event lasts (`.span`). */
export const SPAN_OPACITY = 0.8;

/** The faintest bin of the overview strip (the busiest is opaque). */
export const MIN_BIN_OPACITY = 0.8;

/** A period's tinted band across the lanes (`.band--tinted`). */
export const BAND_TINT_OPACITY = 0.14;

/** The ground of a hatched period band (`.band__hatch-ground`). */
export const HATCH_GROUND_OPACITY = 0.06;

/** The hatch lines of a hatched period band (`.band__hatch`). */
export const HATCH_OPACITY = 0.8;

/** How much of the page colour a mark's label pill mixes over what is behind it (`.mark__label`). */
export const LABEL_PILL_SHARE = 0.88;
