/**
 * Stepping through a story one event at a time, in time order (the list's order), as a slide show
 * does: pure, so the buttons only draw what it says.
 */

/** Where the reader is: the selected event's place in time order, and its neighbours. */
export interface StepState {
  /** 0-based place of the selected event, or -1 when none (or an unknown one) is selected. */
  index: number;
  count: number;
  /** The event Previous selects, or null at the first (or with nothing selected). */
  previous: string | null;
  /** The event Next selects: the first one when nothing is selected; null at the last. */
  next: string | null;
}

/** The step state for `ids` (in time order) with `selectedId` selected. */
export function stepState(ids: readonly string[], selectedId: string | null): StepState {
  const index = selectedId === null ? -1 : ids.indexOf(selectedId);
  return {
    index,
    count: ids.length,
    previous: index > 0 ? ids[index - 1]! : null,
    next: index === -1 ? (ids[0] ?? null) : (ids[index + 1] ?? null),
  };
}
