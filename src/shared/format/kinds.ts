import type { EventKind } from '../schema/schema';

/** How each kind of event is named to readers. */
export const KIND_LABELS: Record<EventKind, string> = {
  'truce-period': 'Truce period',
  exchange: 'Exchange',
  casualties: 'Casualties',
  violence: 'Violence',
  military: 'Military',
  diplomacy: 'Diplomacy',
  statement: 'Statement',
  humanitarian: 'Humanitarian aid',
};
