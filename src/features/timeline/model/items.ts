import type { TimelineEvent } from '../../../shared/schema/schema';
import { endInstant, isDateOnly, toInstant } from '../../../shared/time/calendar';
import type { KindTable, Lane } from '../../../shared/schema/kinds';
import type { TimeWarp } from './warp';
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
  /** The lane its kind is drawn in. */
  lane: Lane;
  /** Its kind as readers see it named ("Truce period"). */
  kindLabel: string;
  /** Position in the story's date order (as the list shows it). */
  order: number;
  /** The span the event covers: a whole day for a date-only value, the close of its last day for a range. */
  start: number;
  end: number;
  /** Where the mark is drawn (epoch ms). */
  anchor: number;
  dateOnly: boolean;
}

/**
 * Items for every event, ordered by their anchor (then date order). Each date is parsed once:
 * the order is the list's (`sortByTime`: start, end, id) on the parsed instants.
 */
export function buildItems(events: readonly TimelineEvent[], kinds: KindTable): TimelineItem[] {
  const parsed = events.map((event) => ({ event, start: toInstant(event.start), end: endInstant(event.start, event.end), dateOnly: isDateOnly(event.start) }));
  parsed.sort((a, b) => a.start - b.start || a.end - b.end || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  const perDay = new Map<number, number>();
  for (const { start, dateOnly } of parsed) if (dateOnly) perDay.set(start, (perDay.get(start) ?? 0) + 1);
  const seen = new Map<number, number>();
  const items = parsed.map(({ event, start, end, dateOnly }, order): TimelineItem => {
    let anchor = start;
    if (dateOnly) {
      const index = seen.get(start) ?? 0;
      seen.set(start, index + 1);
      anchor = start + ((index + 0.5) / (perDay.get(start) ?? 1)) * DAY;
    }
    const kind = kinds.find(event.kind);
    return { id: event.id, event, lane: kind?.lane ?? kinds.lane(event.kind), kindLabel: kind?.label ?? event.kind, order, start, end, anchor, dateOnly };
  });
  return items.sort((a, b) => a.anchor - b.anchor || a.order - b.order);
}

/** The items of each lane, each list ordered by anchor. */
export function itemsByLane(items: readonly TimelineItem[]): Map<string, TimelineItem[]> {
  const lanes = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const list = lanes.get(item.lane.id);
    if (list) list.push(item);
    else lanes.set(item.lane.id, [item]);
  }
  return lanes;
}

/** Where the story's marks sit and its spans start and end: what a broken axis must keep at full scale. */
export function itemInstants(items: readonly TimelineItem[]): number[] {
  const instants: number[] = [];
  for (const item of items) instants.push(item.start, item.anchor, item.end);
  return instants;
}

/** The items in chart time: every position mapped through the axis's breaks (the same items when there are none). */
export function warpItems(items: readonly TimelineItem[], warp: TimeWarp): TimelineItem[] {
  if (warp.breaks.length === 0) return items as TimelineItem[];
  return items.map((item) => ({ ...item, start: warp.toChart(item.start), end: warp.toChart(item.end), anchor: warp.toChart(item.anchor) }));
}
