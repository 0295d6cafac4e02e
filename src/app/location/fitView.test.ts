import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/schema/schema';
import { chartDomain, chartFrame, chartItems } from '../../features/timeline/model/frame';
import { chartMetrics, domainEdge, MIN_WIDTH } from '../../features/timeline/model/metrics';
import { NO_WARP } from '../../features/timeline/model/warp';
import { MIN_SPAN, storyDomain } from '../../features/timeline/model/window';
import { fitView } from './fitView';
import { defaultKinds } from '../../shared/schema/storyVocabulary';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const bounds = { start: at('2023-11-20T00:00Z'), end: at('2023-12-05T00:00Z') };
// A story with no break in its axis: chart time is real time.
const frame = { warp: NO_WARP, domain: bounds };

describe('a link’s view, fitted to the story', () => {
  it('is kept as it is when the timeline can show it', () => {
    const view = { start: at('2023-11-24T00:00Z'), end: at('2023-11-28T00:00Z') };
    expect(fitView(view, frame)).toEqual({ view, clamped: false });
  });

  it('is moved inside the story when it lies outside, keeping its length', () => {
    const fitted = fitView({ start: at('1990-01-01T00:00Z'), end: at('1990-01-05T00:00Z') }, frame);
    expect(fitted).toEqual({ view: { start: bounds.start, end: bounds.start + 4 * DAY }, clamped: true });
    const later = fitView({ start: at('2030-01-01T00:00Z'), end: at('2030-01-03T00:00Z') }, frame);
    expect(later).toEqual({ view: { start: bounds.end - 2 * DAY, end: bounds.end }, clamped: true });
  });

  it('is the whole story when it is wider than the story', () => {
    expect(fitView({ start: at('1990-01-01T00:00Z'), end: at('2090-01-01T00:00Z') }, frame)).toEqual({ view: null, clamped: true });
  });

  it('is widened to the closest zoom the chart has', () => {
    const start = at('2023-11-24T06:00Z');
    const fitted = fitView({ start, end: start + 60_000 }, frame);
    expect(fitted.clamped).toBe(true);
    expect(fitted.view && fitted.view.end - fitted.view.start).toBe(MIN_SPAN);
  });

  it('is not called clamped for the rounding to whole minutes of a view the app wrote itself', () => {
    const view = { start: bounds.start - 30_000, end: bounds.start + 2 * DAY };
    expect(fitView(view, frame)).toEqual({ view, clamped: false });
  });

  it('uses the same frame as the chart, whose span is the same at every width', () => {
    const events = [
      { id: 'a', start: '2023-11-24', end: '2023-11-27' },
      { id: 'b', start: '2023-11-30T07:40:00+02:00' },
      { id: 'c', start: '2023-12-01' },
    ] as TimelineEvent[];
    const { items } = chartItems(events, defaultKinds());
    expect(chartFrame(events, defaultKinds()).domain).toEqual(chartDomain(items));
    // Wide enough that a mark at either end is drawn whole at the narrowest width.
    expect(chartDomain(items)).toEqual(storyDomain(items, undefined, domainEdge(chartMetrics(MIN_WIDTH))));
  });

  it('fits a view in chart time, where a long quiet stretch is a short break', () => {
    // Two events on 7 October, then a week from 24 November: seven weeks become half a day.
    const events = ['2023-10-07', '2023-11-24', '2023-11-26', '2023-11-30'].map((start, i) => ({ id: `e${i}`, start })) as TimelineEvent[];
    const story = chartFrame(events, defaultKinds());
    expect(story.warp.breaks).toHaveLength(1);
    // A three-hour view inside the break is, drawn, a sliver: the chart widens it to three hours of chart time, many real days.
    const sliver = fitView({ start: at('2023-11-01T00:00Z'), end: at('2023-11-01T03:00Z') }, story);
    expect(sliver.clamped).toBe(true);
    expect(sliver.view!.end - sliver.view!.start).toBeGreaterThan(2 * DAY);
    // A view before the story is moved to its start keeping its real length, whatever the break.
    const early = fitView({ start: at('1990-01-01T00:00Z'), end: at('1990-01-05T00:00Z') }, story);
    expect(early.clamped).toBe(true);
    expect(early.view!.end - early.view!.start).toBe(4 * DAY);
    // A view of the truce week is shown as asked.
    const week = { start: at('2023-11-24T00:00Z'), end: at('2023-12-01T00:00Z') };
    expect(fitView(week, story)).toEqual({ view: week, clamped: false });
  });
});
