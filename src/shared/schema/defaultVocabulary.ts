import type { LaneColor, Vocabulary } from './schema';

/**
 * The colours a story's lanes take when it declares none, in this order, each as it is drawn in
 * the light and in the dark scheme. Every pair passes every check a declared colour must pass,
 * in a lane of periods too (`defaultVocabulary.test.ts`).
 */
export const DEFAULT_PALETTE = {
  blue: { light: '#0b5cad', dark: '#8cc2ff' },
  orange: { light: '#a35200', dark: '#ffb870' },
  purple: { light: '#6a3fb5', dark: '#c3a6ff' },
  green: { light: '#1f7a4d', dark: '#6fd3a0' },
  teal: { light: '#00727a', dark: '#5fd4dc' },
  magenta: { light: '#a3197c', dark: '#ff9ad9' },
  olive: { light: '#66650a', dark: '#d6d36a' },
  red: { light: '#b3261e', dark: '#ff8a80' },
} as const satisfies Record<string, LaneColor>;

/** The palette in the order lanes take it. */
export const PALETTE_ORDER: readonly LaneColor[] = Object.values(DEFAULT_PALETTE);

/**
 * The vocabulary of a story that declares none: the first story's, a truce in a war, with its
 * exchanges of hostages and prisoners, its casualties and its diplomacy. Truce periods come first:
 * they are also drawn as bands across every lane.
 */
export const DEFAULT_VOCABULARY: Vocabulary = {
  lanes: [
    { id: 'periods', name: 'Truce periods', shortName: 'Truce', shape: 'diamond', color: DEFAULT_PALETTE.green, periods: true, kinds: [{ id: 'truce-period', label: 'Truce period' }] },
    { id: 'exchanges', name: 'Exchanges', shortName: 'Exchanges', shape: 'circle', color: DEFAULT_PALETTE.blue, kinds: [{ id: 'exchange', label: 'Exchange' }] },
    {
      id: 'violence',
      name: 'Casualties, violence, military',
      shortName: 'Violence',
      shape: 'triangle',
      color: DEFAULT_PALETTE.red,
      kinds: [
        { id: 'casualties', label: 'Casualties' },
        { id: 'violence', label: 'Violence' },
        { id: 'military', label: 'Military' },
      ],
    },
    {
      id: 'diplomacy',
      name: 'Diplomacy, statements',
      shortName: 'Diplomacy',
      shape: 'square',
      color: DEFAULT_PALETTE.purple,
      kinds: [
        { id: 'diplomacy', label: 'Diplomacy' },
        { id: 'statement', label: 'Statement' },
      ],
    },
    { id: 'humanitarian', name: 'Humanitarian aid', shortName: 'Aid', shape: 'plus', color: DEFAULT_PALETTE.orange, kinds: [{ id: 'humanitarian', label: 'Humanitarian aid' }] },
  ],
  figureGroups: [
    { heading: 'Exchanges', kinds: ['exchange'], chart: 'bars' },
    { heading: 'Casualties', kinds: ['casualties', 'violence'], chart: 'numbers' },
  ],
};
