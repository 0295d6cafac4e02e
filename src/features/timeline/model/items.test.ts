import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../../shared/schema/validate';
import type { TimelineEvent } from '../../../shared/schema/schema';
import { buildItems, itemsByLane } from './items';
import { DAY } from './window';
import { defaultKinds } from '../../../shared/schema/storyVocabulary';

// This file runs again under several TZ values (scripts/test-all.mjs): days are UTC days.

const raw: unknown = JSON.parse(readFileSync(new URL('../../../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8'));
const result = validateTimeline(raw);
if (!result.ok) throw new Error('the committed timeline does not validate');
const { events } = result.timeline;

function event(id: string, start: string, end?: string, kind: TimelineEvent['kind'] = 'statement'): TimelineEvent {
  return { id, kind, title: id, start, ...(end ? { end } : {}), dateBasis: 'stated', figures: [], quotes: [{ text: 'x', start: 0, end: 1 }] };
}

describe('timeline items', () => {
  it('spreads the events of one day across that day, in date order', () => {
    const items = buildItems([event('c', '2023-11-30'), event('a', '2023-11-30'), event('b', '2023-11-30'), event('d', '2023-12-01')], defaultKinds());
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    const day = Date.UTC(2023, 10, 30);
    expect(items.slice(0, 3).map((i) => (i.anchor - day) / DAY)).toEqual([1 / 6, 3 / 6, 5 / 6]);
    expect(items[3]!.anchor).toBe(Date.UTC(2023, 11, 1, 12));
    for (const item of items) expect([item.start, item.end]).toEqual([Date.UTC(2023, 10, item.id === 'd' ? 31 : 30), Date.UTC(2023, 10, item.id === 'd' ? 32 : 31)]);
  });

  it('keeps a stated time of day where it is, on the story’s clock', () => {
    // The data writes times in the story's zone with its offset: 07:40 there is 07:40 on the axis.
    const [item] = buildItems([event('t', '2023-11-30T07:40:00+02:00')], defaultKinds());
    expect(item!.anchor).toBe(Date.UTC(2023, 10, 30, 7, 40));
    expect(item!.dateOnly).toBe(false);
  });

  it('spans a range to the close of its last day', () => {
    const [item] = buildItems([event('truce', '2023-11-24', '2023-11-27', 'truce-period')], defaultKinds());
    expect(item!.start).toBe(Date.UTC(2023, 10, 24));
    expect(item!.end).toBe(Date.UTC(2023, 10, 28));
    expect(item!.lane.id).toBe('periods');
    expect(item!.kindLabel).toBe('Truce period');
  });

  it('orders the story’s events as the list does, and keeps every mark inside its day', () => {
    const items = buildItems(events, defaultKinds());
    expect([...items].sort((a, b) => a.order - b.order).map((i) => i.id)).toEqual(items.map((i) => i.id));
    for (const item of items) {
      expect(item.anchor).toBeGreaterThanOrEqual(item.start);
      expect(item.anchor).toBeLessThan(item.start + DAY);
    }
    const lanes = itemsByLane(items);
    expect([...lanes.values()].flat()).toHaveLength(events.length);
    expect(lanes.get('periods')?.map((i) => i.id)).toEqual(['initial-truce', 'truce-extension']);
  });
});
