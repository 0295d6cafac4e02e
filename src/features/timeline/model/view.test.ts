import { describe, expect, it } from 'vitest';
import { motionOf, reduceView, sliderAction, type ViewAction, type ViewContext } from './view';
import { DAY, HOUR, MIN_SPAN, spanOf, type TimeWindow } from './window';

const t0 = Date.UTC(2023, 9, 1);
const domain = { start: t0, end: t0 + 60 * DAY };
const home = { start: t0 + 10 * DAY, end: t0 + 30 * DAY };
const ctx: ViewContext = {
  domain,
  minSpan: MIN_SPAN,
  home,
  width: 1000,
  // Revealing "late" shows its last week; anything else is shown where it is.
  reveal: (id, from) => (id === 'late' ? { start: t0 + 50 * DAY, end: t0 + 57 * DAY } : from),
};
const view: TimeWindow = { start: t0 + 20 * DAY, end: t0 + 30 * DAY };
const reduce = (action: ViewAction, from: TimeWindow = view) => reduceView(from, action, ctx);

describe('the view reducer', () => {
  it('shows a gesture’s window, kept inside the story and no closer than the deepest zoom', () => {
    expect(reduce({ type: 'gesture', view: { start: t0 + DAY, end: t0 + 2 * DAY } })).toEqual({ start: t0 + DAY, end: t0 + 2 * DAY });
    expect(reduce({ type: 'gesture', view: { start: t0 - 5 * DAY, end: t0 + 5 * DAY } })).toEqual({ start: t0, end: t0 + 10 * DAY });
    expect(spanOf(reduce({ type: 'gesture', view: { start: t0 + DAY, end: t0 + DAY + HOUR } }))).toBe(MIN_SPAN);
  });

  it('keeps the instant a finger took hold of under the finger', () => {
    // The view's middle, dragged to the plot's left quarter: the view moves later by a quarter of its span.
    const dragged = reduce({ type: 'drag', time: t0 + 25 * DAY, x: 250 });
    expect(dragged.start).toBe(t0 + 22.5 * DAY);
    expect(spanOf(dragged)).toBe(spanOf(view));
    // Never past the story's end.
    expect(reduce({ type: 'drag', time: t0 + 25 * DAY, x: -10_000 }).end).toBe(domain.end);
  });

  it('slides, nudges and pages along the story, keeping the zoom', () => {
    expect(reduce({ type: 'slide', centre: t0 + 40 * DAY })).toEqual({ start: t0 + 35 * DAY, end: t0 + 45 * DAY });
    expect(reduce({ type: 'nudge', steps: -1 })).toEqual({ start: t0 + 19 * DAY, end: t0 + 29 * DAY });
    expect(reduce({ type: 'page', pages: 1 })).toEqual({ start: t0 + 30 * DAY, end: t0 + 40 * DAY });
    expect(reduce({ type: 'page', pages: 10 })).toEqual({ start: t0 + 50 * DAY, end: domain.end });
    expect(reduce({ type: 'edge', edge: 'start' })).toEqual({ start: t0, end: t0 + 10 * DAY });
    expect(reduce({ type: 'edge', edge: 'end' })).toEqual({ start: t0 + 50 * DAY, end: domain.end });
  });

  it('zooms about an instant, which keeps its place, or about the middle', () => {
    expect(reduce({ type: 'zoom', factor: 2 })).toEqual({ start: t0 + 22.5 * DAY, end: t0 + 27.5 * DAY });
    const about = t0 + 22 * DAY;
    const zoomed = reduce({ type: 'zoom', factor: 2, about });
    expect((about - zoomed.start) / spanOf(zoomed)).toBeCloseTo((about - view.start) / spanOf(view), 9);
    expect(reduce({ type: 'zoom', factor: 1 / 100 })).toEqual(domain);
  });

  it('centres on an instant, opens a cluster, and follows the keys', () => {
    expect(reduce({ type: 'centre', time: t0 + 5 * DAY })).toEqual({ start: t0, end: t0 + 10 * DAY });
    const opened = reduce({ type: 'cluster', times: [t0 + 24 * DAY, t0 + 25 * DAY] });
    expect(spanOf(opened)).toBeLessThanOrEqual(spanOf(view) / 2);
    expect(opened.start).toBeLessThanOrEqual(t0 + 24 * DAY);
    const stops = [
      { ids: ['a'], time: t0 + 22 * DAY },
      { ids: ['b'], time: t0 + 45 * DAY },
    ];
    // The next mark is out of view: the view pans to it, keeping its zoom.
    const next = reduce({ type: 'key', intent: { type: 'next' }, activeId: 'a', stops });
    expect(next).toEqual({ start: t0 + 40 * DAY, end: t0 + 50 * DAY });
    expect(reduce({ type: 'key', intent: { type: 'zoom', factor: 2 }, activeId: 'a', stops }).start).toBeCloseTo(t0 + 21 * DAY, -3);
  });

  it('resets to the first view and reveals an event', () => {
    expect(reduce({ type: 'reset' })).toEqual(home);
    expect(reduce({ type: 'reveal', id: 'late' })).toEqual({ start: t0 + 50 * DAY, end: t0 + 57 * DAY });
    expect(reduce({ type: 'reveal', id: 'anything' })).toEqual(view);
  });

  it('says how each action moves: a hand is followed, a repeated step jumps, a command animates', () => {
    expect(motionOf({ type: 'gesture', view })).toBe('follow');
    expect(motionOf({ type: 'drag', time: 0, x: 0 })).toBe('follow');
    expect(motionOf({ type: 'slide', centre: 0 })).toBe('follow');
    expect(motionOf({ type: 'nudge', steps: 1 })).toBe('jump');
    for (const action of [{ type: 'zoom', factor: 2 }, { type: 'page', pages: 1 }, { type: 'reset' }, { type: 'reveal', id: 'x' }, { type: 'centre', time: 0 }] as const) {
      expect(motionOf(action)).toBe('animate');
    }
  });

  it('reads the overview slider’s keys as actions', () => {
    expect(sliderAction('ArrowLeft')).toEqual({ type: 'nudge', steps: -1 });
    expect(sliderAction('ArrowUp')).toEqual({ type: 'nudge', steps: 1 });
    expect(sliderAction('PageDown')).toEqual({ type: 'page', pages: 1 });
    expect(sliderAction('Home')).toEqual({ type: 'edge', edge: 'start' });
    expect(sliderAction('-')).toEqual({ type: 'zoom', factor: 0.5 });
    expect(sliderAction('Enter')).toBeNull();
  });

  it('pans the overview earlier with the arrow pointing to the earlier side, Right when time runs right to left', () => {
    expect(sliderAction('ArrowRight', true)).toEqual({ type: 'nudge', steps: -1 });
    expect(sliderAction('ArrowLeft', true)).toEqual({ type: 'nudge', steps: 1 });
    expect(sliderAction('ArrowRight')).toEqual({ type: 'nudge', steps: 1 });
    expect(sliderAction('ArrowDown', true)).toEqual({ type: 'nudge', steps: -1 });
    expect(sliderAction('End', true)).toEqual({ type: 'edge', edge: 'end' });
  });
});
