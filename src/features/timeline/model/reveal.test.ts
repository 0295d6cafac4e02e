import { describe, expect, it } from 'vitest';
import { revealWindow } from './reveal';
import { spanOf } from './window';

const domain = { start: 0, end: 1000 };

describe('revealing an event', () => {
  it('keeps the view when the event is already titled in it', () => {
    const view = { start: 100, end: 300 };
    expect(revealWindow(150, view, { domain, minSpan: 10, showsTitled: () => true })).toEqual(view);
  });

  it('moves the view to an event out of view, keeping the zoom when that titles it', () => {
    const view = { start: 0, end: 200 };
    const shown = revealWindow(700, view, { domain, minSpan: 10, showsTitled: (v) => v.start <= 700 && v.end >= 700 });
    expect(spanOf(shown)).toBe(200);
    expect(shown.start).toBeLessThanOrEqual(700);
    expect(shown.end).toBeGreaterThanOrEqual(700);
  });

  it('zooms in until the event is titled (it leaves a crowd), and stops at the deepest zoom', () => {
    const view = { start: 0, end: 1000 };
    const titledBelow50 = revealWindow(500, view, { domain, minSpan: 10, showsTitled: (v) => spanOf(v) <= 50 && v.start <= 500 && v.end >= 500 });
    expect(spanOf(titledBelow50)).toBeLessThanOrEqual(50);
    expect(spanOf(titledBelow50)).toBeGreaterThan(25);
    const never = revealWindow(500, view, { domain, minSpan: 10, showsTitled: () => false });
    expect(spanOf(never)).toBe(10);
    expect(never.start).toBe(495);
  });
});
