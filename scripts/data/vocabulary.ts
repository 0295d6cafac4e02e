import { DEFAULT_VOCABULARY, PALETTE_ORDER } from '../../src/shared/schema/defaultVocabulary.ts';
import type { LaneColor, Vocabulary } from '../../src/shared/schema/schema.ts';
import { MARK_SHAPES, type MarkShape } from '../../src/shared/schema/shapes.ts';
import type { AuthoredVocabulary } from './authoring.ts';

/**
 * The vocabulary a story's data carries, from what its authoring file declares: none gives the
 * default set; a lane without a short name, shape or colour takes its name, the first shape no
 * other lane has, and the first palette colour no other lane has; a story without figure groups
 * lists every figure as a number under "Figures". The result is checked with the whole timeline.
 */
export function resolveVocabulary(authored: AuthoredVocabulary | undefined): Vocabulary {
  if (!authored) return DEFAULT_VOCABULARY;
  const takenShapes = new Set<MarkShape>(authored.lanes.flatMap((lane) => (lane.shape ? [lane.shape] : [])));
  const freeShapes = MARK_SHAPES.filter((shape) => !takenShapes.has(shape));
  const sameColour = (a: LaneColor, b: LaneColor) => a.light.toLowerCase() === b.light.toLowerCase() && a.dark.toLowerCase() === b.dark.toLowerCase();
  const declared = authored.lanes.flatMap((lane) => (lane.color ? [lane.color] : []));
  const freeColours = PALETTE_ORDER.filter((colour) => !declared.some((d) => sameColour(d, colour)));
  let nextShape = 0;
  let nextColour = 0;
  const lanes = authored.lanes.map((lane) => ({
    id: lane.id,
    name: lane.name,
    shortName: lane.shortName ?? lane.name,
    // More lanes than free shapes cannot happen: there are as many shapes as lanes allowed.
    shape: lane.shape ?? freeShapes[nextShape++] ?? MARK_SHAPES[0],
    color: lane.color ? { light: lane.color.light.toLowerCase(), dark: lane.color.dark.toLowerCase() } : { ...(freeColours[nextColour++ % Math.max(1, freeColours.length)] ?? PALETTE_ORDER[0]!) },
    ...(lane.periods ? { periods: true } : {}),
    kinds: lane.kinds.map((kind) => ({ id: kind.id, label: kind.label })),
  }));
  const figureGroups = authored.figureGroups ?? [{ heading: 'Figures', kinds: lanes.flatMap((lane) => lane.kinds.map((kind) => kind.id)), chart: 'numbers' as const }];
  return { lanes, figureGroups: figureGroups.map((group) => ({ ...group })) };
}
