import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../features/data/schema';
import { buildItems } from '../../features/timeline/items';
import { MIN_SPAN, storyDomain } from '../../features/timeline/window';
import { fitView, viewBounds } from './fitView';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const bounds = { start: at('2023-11-20T00:00Z'), end: at('2023-12-05T00:00Z') };

describe('a link’s view, fitted to the story', () => {
  it('is kept as it is when the timeline can show it', () => {
    const view = { start: at('2023-11-24T00:00Z'), end: at('2023-11-28T00:00Z') };
    expect(fitView(view, bounds)).toEqual({ view, clamped: false });
  });

  it('is moved inside the story when it lies outside, keeping its length', () => {
    const fitted = fitView({ start: at('1990-01-01T00:00Z'), end: at('1990-01-05T00:00Z') }, bounds);
    expect(fitted).toEqual({ view: { start: bounds.start, end: bounds.start + 4 * DAY }, clamped: true });
    const later = fitView({ start: at('2030-01-01T00:00Z'), end: at('2030-01-03T00:00Z') }, bounds);
    expect(later).toEqual({ view: { start: bounds.end - 2 * DAY, end: bounds.end }, clamped: true });
  });

  it('is the whole story when it is wider than the story', () => {
    expect(fitView({ start: at('1990-01-01T00:00Z'), end: at('2090-01-01T00:00Z') }, bounds)).toEqual({ view: null, clamped: true });
  });

  it('is widened to the closest zoom the chart has', () => {
    const start = at('2023-11-24T06:00Z');
    const fitted = fitView({ start, end: start + 60_000 }, bounds);
    expect(fitted.clamped).toBe(true);
    expect(fitted.view && fitted.view.end - fitted.view.start).toBe(MIN_SPAN);
  });

  it('is not called clamped for the rounding to whole minutes of a view the app wrote itself', () => {
    const view = { start: bounds.start - 30_000, end: bounds.start + 2 * DAY };
    expect(fitView(view, bounds)).toEqual({ view, clamped: false });
  });

  it('uses the same bounds as the chart', () => {
    const events = [
      { id: 'a', start: '2023-11-24', end: '2023-11-27' },
      { id: 'b', start: '2023-11-30T07:40:00+02:00' },
      { id: 'c', start: '2023-12-01' },
    ] as TimelineEvent[];
    expect(viewBounds(events)).toEqual(storyDomain(buildItems(events)));
  });
});
