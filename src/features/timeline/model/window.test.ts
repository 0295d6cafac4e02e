import { describe, expect, it } from 'vitest';
import {
  DAY,
  HOUR,
  MIN_SPAN,
  centreWindowOn,
  clampWindow,
  interpolateWindow,
  panWindow,
  sameWindow,
  spanOf,
  storyDomain,
  windowContains,
  zoomWindow,
} from './window';

const domain = { start: Date.UTC(2023, 9, 7), end: Date.UTC(2023, 11, 1) };

describe('view windows', () => {
  it('keeps a window inside the story and no narrower than a few hours', () => {
    expect(clampWindow({ start: domain.start - DAY, end: domain.start + DAY }, domain)).toEqual({ start: domain.start, end: domain.start + 2 * DAY });
    expect(clampWindow({ start: domain.end - DAY, end: domain.end + 5 * DAY }, domain)).toEqual({ start: domain.end - 6 * DAY, end: domain.end });
    const tiny = clampWindow({ start: domain.start + DAY, end: domain.start + DAY + 1000 }, domain);
    expect(spanOf(tiny)).toBe(MIN_SPAN);
    expect(clampWindow({ start: 0, end: 1e15 }, domain)).toEqual(domain);
  });

  it('falls back to the whole story for a window that is not a window', () => {
    expect(clampWindow({ start: Number.NaN, end: 4 }, domain)).toEqual(domain);
    expect(clampWindow({ start: 10, end: 5 }, domain)).toEqual(domain);
  });

  it('zooms about an anchor that keeps its place', () => {
    const view = { start: domain.start, end: domain.start + 10 * DAY };
    const anchor = domain.start + 2 * DAY;
    const zoomed = zoomWindow(view, 2, anchor, domain);
    expect(spanOf(zoomed)).toBe(5 * DAY);
    expect((anchor - zoomed.start) / spanOf(zoomed)).toBeCloseTo((anchor - view.start) / spanOf(view), 12);
  });

  it('stops zooming at the bounds', () => {
    const view = { start: domain.start + DAY, end: domain.start + DAY + 8 * HOUR };
    expect(spanOf(zoomWindow(view, 100, view.start, domain))).toBe(MIN_SPAN);
    expect(zoomWindow(domain, 0.25, domain.start, domain)).toEqual(domain);
  });

  it('pans and centres without leaving the story', () => {
    const view = { start: domain.start + DAY, end: domain.start + 3 * DAY };
    expect(panWindow(view, DAY, domain)).toEqual({ start: domain.start + 2 * DAY, end: domain.start + 4 * DAY });
    expect(panWindow(view, -10 * DAY, domain)).toEqual({ start: domain.start, end: domain.start + 2 * DAY });
    expect(centreWindowOn(view, domain.end, domain)).toEqual({ start: domain.end - 2 * DAY, end: domain.end });
  });

  it('knows what it contains, with a margin', () => {
    const view = { start: 0, end: 100 };
    expect(windowContains(view, 50)).toBe(true);
    expect(windowContains(view, 3, 0.05)).toBe(false);
    expect(windowContains(view, 101)).toBe(false);
  });

  it('compares windows with a tolerance relative to their span', () => {
    expect(sameWindow({ start: 0, end: 1e9 }, { start: 1, end: 1e9 - 1 })).toBe(true);
    expect(sameWindow({ start: 0, end: 1e9 }, { start: 1e5, end: 1e9 })).toBe(false);
  });

  it('interpolates the centre linearly and the span geometrically', () => {
    const a = { start: 0, end: 100 };
    const b = { start: 40, end: 41 };
    const middle = interpolateWindow(a, b, 0.5);
    expect(spanOf(middle)).toBeCloseTo(10, 9);
    expect((middle.start + middle.end) / 2).toBeCloseTo(45.25, 9);
    expect(interpolateWindow(a, b, 0)).toEqual(a);
    expect(interpolateWindow(a, b, 1)).toEqual(b);
  });

  it('pads the story on both sides', () => {
    const story = storyDomain([
      { start: Date.UTC(2023, 9, 7), end: Date.UTC(2023, 9, 8) },
      { start: Date.UTC(2023, 10, 30), end: Date.UTC(2023, 11, 1) },
    ]);
    expect(story.start).toBeLessThan(Date.UTC(2023, 9, 7));
    expect(story.end).toBeGreaterThan(Date.UTC(2023, 11, 1));
    expect(story.end - Date.UTC(2023, 11, 1)).toBeCloseTo(Date.UTC(2023, 9, 7) - story.start, 6);
  });
});
