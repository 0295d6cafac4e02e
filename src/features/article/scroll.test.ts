import { describe, expect, it } from 'vitest';
import { scrollBehavior, scrollTopToReveal, visiblePart } from './scroll';

const box = { top: 100, height: 600, scrollTop: 0 };

describe('scrolling a passage into the article panel', () => {
  it('leaves a passage that is already in view where it is', () => {
    expect(scrollTopToReveal(box, { top: 300, height: 40 })).toBeNull();
  });

  it('brings a passage below the view to a third of the way down', () => {
    // 1500 px into the text: 1500 - 600 / 3 = 1300.
    expect(scrollTopToReveal(box, { top: 100 + 1500, height: 40 })).toBe(1300);
  });

  it('counts the current scroll position', () => {
    expect(scrollTopToReveal({ ...box, scrollTop: 800 }, { top: 100 + 700, height: 40 })).toBe(800 + 700 - 200);
  });

  it('brings a passage above the view back, never past the top', () => {
    // 900 - 850 - 200 would be negative: the top of the text is as far as it goes.
    expect(scrollTopToReveal({ ...box, scrollTop: 900 }, { top: 100 - 850, height: 40 })).toBe(0);
    expect(scrollTopToReveal({ ...box, scrollTop: 900 }, { top: 100 - 300, height: 40 })).toBe(900 - 300 - 200);
  });

  it('reveals a passage cut off at the bottom edge', () => {
    expect(scrollTopToReveal(box, { top: 100 + 580, height: 40 })).toBe(580 - 200);
  });

  it('puts a passage taller than the view at its top, with the margin', () => {
    expect(scrollTopToReveal(box, { top: 100 + 1000, height: 900 })).toBe(1000 - 16);
  });

  it('scrolls smoothly unless the reader prefers reduced motion', () => {
    expect(scrollBehavior(false)).toBe('smooth');
    expect(scrollBehavior(true)).toBe('auto');
  });
});

describe('the part of the panel on screen', () => {
  it('is the panel clipped to the viewport', () => {
    expect(visiblePart({ top: 300, height: 800, scrollTop: 40 }, 900)).toEqual({ top: 300, height: 600, scrollTop: 40 });
    expect(visiblePart({ top: -200, height: 800, scrollTop: 0 }, 900)).toEqual({ top: 0, height: 600, scrollTop: 0 });
  });

  it('is the whole panel when too little of it is on screen', () => {
    const offscreen = { top: 1500, height: 800, scrollTop: 0 };
    expect(visiblePart(offscreen, 900)).toBe(offscreen);
    const sliver = { top: 850, height: 800, scrollTop: 0 };
    expect(visiblePart(sliver, 900)).toBe(sliver);
  });

  it('brings words below the fold into the visible part', () => {
    // A panel from 300 to 1100 in a 900 px window: words at 950 are inside the panel but off screen.
    const box = visiblePart({ top: 300, height: 800, scrollTop: 0 }, 900);
    expect(scrollTopToReveal(box, { top: 950, height: 30 })).toBe(650 - 200);
  });
});
