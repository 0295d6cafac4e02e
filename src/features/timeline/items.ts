import type { TimelineEvent } from '../data/schema';
import { compareByTime, endInstant, isDateOnly, toInstant } from '../../shared/time/calendar';
import { laneOf, type LaneId } from './lanes';
import { labelCandidates, spokenLabel } from './markText';
import { DAY } from './window';

/**
 * Events as things to draw: their lane, their span in time, and the instant their mark sits at.
 *
 * A date-only event happened at some unknown time on its day, so its mark cannot sit at a
 * clock time the article does not give. The events of one day are instead spread evenly across
 * that day in date order (the list's order), and the day itself is drawn as the event's span.
 * Zooming in to a day therefore separates them, and left to right is the same order as the
 * list, which is the order the arrow keys follow.
 */
export interface TimelineItem {
  id: string;
  event: TimelineEvent;
  lane: LaneId;
  /** Position in the story's date order (as the list shows it). */
  order: number;
  /** The span the event covers: a whole day for a date-only value, the close of its last day for a range. */
  start: number;
  end: number;
  /** Where the mark is drawn (epoch ms). */
  anchor: number;
  dateOnly: boolean;
  /** What a screen reader says for the mark. */
  spoken: string;
  /** Visible labels, longest first. */
  labels: readonly string[];
}

/** Items for every event, ordered by their anchor (then date order). */
export function buildItems(events: readonly TimelineEvent[]): TimelineItem[] {
  const ordered = [...events].sort(compareByTime);
  const perDay = new Map<number, number>();
  for (const event of ordered) {
    if (isDateOnly(event.start)) perDay.set(toInstant(event.start), (perDay.get(toInstant(event.start)) ?? 0) + 1);
  }
  const seen = new Map<number, number>();
  const items = ordered.map((event, order): TimelineItem => {
    const start = toInstant(event.start);
    const dateOnly = isDateOnly(event.start);
    let anchor = start;
    if (dateOnly) {
      const index = seen.get(start) ?? 0;
      seen.set(start, index + 1);
      anchor = start + ((index + 0.5) / (perDay.get(start) ?? 1)) * DAY;
    }
    return {
      id: event.id,
      event,
      lane: laneOf(event.kind),
      order,
      start,
      end: endInstant(event.start, event.end),
      anchor,
      dateOnly,
      spoken: spokenLabel(event),
      labels: labelCandidates(event),
    };
  });
  return items.sort((a, b) => a.anchor - b.anchor || a.order - b.order);
}

/** The items of each lane, each list ordered by anchor. */
export function itemsByLane(items: readonly TimelineItem[]): Map<LaneId, TimelineItem[]> {
  const lanes = new Map<LaneId, TimelineItem[]>();
  for (const item of items) {
    const list = lanes.get(item.lane);
    if (list) list.push(item);
    else lanes.set(item.lane, [item]);
  }
  return lanes;
}
