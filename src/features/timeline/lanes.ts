import type { EventKind } from '../../shared/schema/schema';

/**
 * The chart's rows. Each kind of event belongs to one lane, and each lane has its own shape as
 * well as its own colour, so kinds can be told apart without seeing colour.
 */

export type LaneId = 'periods' | 'exchanges' | 'violence' | 'diplomacy' | 'humanitarian';

/** The shape a lane's marks are drawn with. */
export type MarkShape = 'diamond' | 'circle' | 'triangle' | 'square' | 'plus';

export interface Lane {
  id: LaneId;
  /** The lane's name beside the chart and in screen-reader labels. */
  name: string;
  /** A short name for the legend on narrow screens. */
  shortName: string;
  shape: MarkShape;
  kinds: readonly EventKind[];
}

/** From top to bottom. Truce periods come first: they are also drawn as bands across every lane. */
export const LANES: readonly Lane[] = [
  { id: 'periods', name: 'Truce periods', shortName: 'Truce', shape: 'diamond', kinds: ['truce-period'] },
  { id: 'exchanges', name: 'Exchanges', shortName: 'Exchanges', shape: 'circle', kinds: ['exchange'] },
  { id: 'violence', name: 'Casualties, violence, military', shortName: 'Violence', shape: 'triangle', kinds: ['casualties', 'violence', 'military'] },
  { id: 'diplomacy', name: 'Diplomacy, statements', shortName: 'Diplomacy', shape: 'square', kinds: ['diplomacy', 'statement'] },
  { id: 'humanitarian', name: 'Humanitarian aid', shortName: 'Aid', shape: 'plus', kinds: ['humanitarian'] },
];

const LANE_OF_KIND: Record<EventKind, LaneId> = {
  'truce-period': 'periods',
  exchange: 'exchanges',
  casualties: 'violence',
  violence: 'violence',
  military: 'violence',
  diplomacy: 'diplomacy',
  statement: 'diplomacy',
  humanitarian: 'humanitarian',
};

/** The lane an event of this kind is drawn in. */
export function laneOf(kind: EventKind): LaneId {
  return LANE_OF_KIND[kind];
}

/** The lane's definition by id. */
export function laneById(id: LaneId): Lane {
  return LANES.find((lane) => lane.id === id) ?? LANES[0]!;
}
