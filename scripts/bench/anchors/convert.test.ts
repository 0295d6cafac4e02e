import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../../src/shared/schema/schema.ts';
import { toTimelineJs, toVisTimeline } from './convert.ts';

const timeline = JSON.parse(readFileSync(new URL('../../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as Timeline;

describe('the story for TimelineJS3', () => {
  const data = toTimelineJs(timeline);

  it('has every event, with its dates as TimelineJS parts', () => {
    expect(data.events).toHaveLength(timeline.events.length);
    const truce = data.events.find((e) => e.unique_id === 'initial-truce');
    expect(truce?.start_date).toEqual({ year: '2023', month: '11', day: '24' });
    expect(truce?.end_date).toEqual({ year: '2023', month: '11', day: '27' });
  });

  it('carries the quotes and figures, escaped', () => {
    const exchange = data.events.find((e) => e.unique_id === 'latest-exchange');
    expect(exchange?.text.text).toContain('8 Israeli hostages released by Hamas');
    expect(exchange?.text.text).toContain('<blockquote>Hamas has released eight Israeli hostages');
    const hostile = toTimelineJs({ ...timeline, events: [{ ...timeline.events[0]!, title: '<img src=x>' }] });
    expect(hostile.events[0]?.text.headline).toBe('&lt;img src=x&gt;');
  });
});

describe('the story for vis-timeline', () => {
  const { items, groups } = toVisTimeline(timeline);

  it('has every event, spans as ranges with exclusive ends, moments as points', () => {
    expect(items).toHaveLength(timeline.events.length);
    expect(items.find((i) => i.id === 'initial-truce')).toMatchObject({ type: 'range', start: '2023-11-24', end: '2023-11-28' });
    expect(items.find((i) => i.id === 'jerusalem-shooting')).toMatchObject({ type: 'point', start: '2023-11-30' });
  });

  it('groups events by kind', () => {
    expect(new Set(items.map((i) => i.group))).toEqual(new Set(groups.map((g) => g.id)));
  });
});
