import { describe, expect, it } from 'vitest';
import { intentForKey, navigate, type NavContext, type NavState } from './keyboard';
import { DAY, MIN_SPAN, spanOf } from './window';

const t0 = Date.UTC(2023, 9, 1);
const domain = { start: t0, end: t0 + 60 * DAY };
const ctx: NavContext = {
  domain,
  minSpan: MIN_SPAN,
  stops: [
    { ids: ['a'], time: t0 + 5 * DAY },
    { ids: ['b', 'c', 'd'], time: t0 + 10 * DAY },
    { ids: ['e'], time: t0 + 30 * DAY },
    { ids: ['f'], time: t0 + 55 * DAY },
  ],
};
const wholeStory: NavState = { activeId: null, view: domain };
const firstWeeks: NavState = { activeId: 'a', view: { start: t0, end: t0 + 20 * DAY } };

describe('keyboard navigation', () => {
  it('maps keys to intents', () => {
    expect(intentForKey('ArrowRight')).toEqual({ type: 'next' });
    expect(intentForKey('ArrowUp')).toEqual({ type: 'previous' });
    expect(intentForKey('Home')).toEqual({ type: 'first' });
    expect(intentForKey('End')).toEqual({ type: 'last' });
    expect(intentForKey('+')).toEqual({ type: 'zoom', factor: 2 });
    expect(intentForKey('-')).toEqual({ type: 'zoom', factor: 0.5 });
    expect(intentForKey('a')).toBeNull();
  });

  it('goes earlier with the arrow pointing to the earlier side: Left, or Right when time runs right to left', () => {
    expect(intentForKey('ArrowLeft')).toEqual({ type: 'previous' });
    expect(intentForKey('ArrowRight', true)).toEqual({ type: 'previous' });
    expect(intentForKey('ArrowLeft', true)).toEqual({ type: 'next' });
    // Up and Down, Home and End do not depend on the direction.
    expect(intentForKey('ArrowDown', true)).toEqual({ type: 'next' });
    expect(intentForKey('ArrowUp', true)).toEqual({ type: 'previous' });
    expect(intentForKey('Home', true)).toEqual({ type: 'first' });
  });

  it('moves to the next and previous mark in time order, treating a cluster as one stop', () => {
    const next = navigate(firstWeeks, { type: 'next' }, ctx);
    expect(next).toEqual({ activeId: 'b', view: firstWeeks.view });
    expect(navigate({ ...firstWeeks, activeId: 'c' }, { type: 'next' }, ctx).activeId).toBe('e');
    expect(navigate({ ...firstWeeks, activeId: 'd' }, { type: 'previous' }, ctx).activeId).toBe('a');
  });

  it('stops at the ends instead of wrapping', () => {
    expect(navigate({ ...wholeStory, activeId: 'a' }, { type: 'previous' }, ctx).activeId).toBe('a');
    expect(navigate({ ...wholeStory, activeId: 'f' }, { type: 'next' }, ctx).activeId).toBe('f');
  });

  it('starts from the view when nothing is active', () => {
    const later: NavState = { activeId: null, view: { start: t0 + 20 * DAY, end: t0 + 40 * DAY } };
    expect(navigate(later, { type: 'next' }, ctx).activeId).toBe('e');
    expect(navigate(later, { type: 'previous' }, ctx).activeId).toBe('e');
  });

  it('pans to a mark outside the view, keeping the zoom', () => {
    const next = navigate({ ...firstWeeks, activeId: 'b' }, { type: 'next' }, ctx);
    expect(next.activeId).toBe('e');
    expect(spanOf(next.view)).toBe(20 * DAY);
    expect(next.view.start).toBe(t0 + 20 * DAY);
    const end = navigate(firstWeeks, { type: 'last' }, ctx);
    expect(end).toEqual({ activeId: 'f', view: { start: t0 + 40 * DAY, end: t0 + 60 * DAY } });
    expect(navigate(end, { type: 'first' }, ctx)).toEqual({ activeId: 'a', view: { start: t0, end: t0 + 20 * DAY } });
  });

  it('zooms about the active mark, within the bounds', () => {
    const zoomed = navigate({ ...firstWeeks, activeId: 'e', view: domain }, { type: 'zoom', factor: 2 }, ctx);
    expect(spanOf(zoomed.view)).toBe(30 * DAY);
    expect((t0 + 30 * DAY - zoomed.view.start) / spanOf(zoomed.view)).toBeCloseTo(0.5, 9);
    expect(navigate(wholeStory, { type: 'zoom', factor: 0.5 }, ctx).view).toEqual(domain);
    let deep = wholeStory;
    for (let i = 0; i < 20; i += 1) deep = navigate(deep, { type: 'zoom', factor: 2 }, ctx);
    expect(spanOf(deep.view)).toBe(MIN_SPAN);
  });
});
