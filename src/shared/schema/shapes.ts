/**
 * The shapes a lane's marks can take, so kinds are told apart by form as well as colour. The
 * chart draws each (`MarkShape.tsx`); a story's lanes each take one of their own.
 */
export const MARK_SHAPES = ['diamond', 'circle', 'triangle', 'square', 'plus', 'triangle-down', 'hexagon', 'star'] as const;

export type MarkShape = (typeof MARK_SHAPES)[number];

/** The most lanes a story may have: one shape each, and the chart's height stays readable on a phone. */
export const MAX_LANES = MARK_SHAPES.length;
