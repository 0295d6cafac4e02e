import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../src/shared/schema/validate';
import { syntheticTimeline } from './synthetic';

describe('the synthetic story', () => {
  it('passes the app’s schema, quotes included, with the events asked for', () => {
    const timeline = syntheticTimeline({ events: 600, seed: 7 });
    const result = validateTimeline(JSON.parse(JSON.stringify(timeline)));
    expect(result.ok).toBe(true);
    expect(timeline.events).toHaveLength(600);
    for (const event of timeline.events) {
      for (const quote of event.quotes) expect(timeline.story.text.slice(quote.start, quote.end)).toBe(quote.text);
      for (const figure of event.figures) expect(event.quotes[0]?.text).toContain(String(figure.value));
    }
    expect(new Set(timeline.events.map((e) => e.kind)).size).toBe(8);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = JSON.stringify(syntheticTimeline({ events: 200, seed: 3 }));
    expect(JSON.stringify(syntheticTimeline({ events: 200, seed: 3 }))).toBe(a);
    expect(JSON.stringify(syntheticTimeline({ events: 200, seed: 4 }))).not.toBe(a);
  });

  it('spreads the events over one year', () => {
    const { events } = syntheticTimeline({ events: 1000, seed: 1 });
    const starts = events.map((e) => e.start.slice(0, 10)).sort();
    expect(starts[0]?.startsWith('2024-01')).toBe(true);
    expect(starts.at(-1)?.startsWith('2024-12')).toBe(true);
  });
});
