import { describe, expect, it } from 'vitest';
import { placeInside } from './popover';

const box = { start: 0, end: 400 };

describe('keeping a popover inside its box', () => {
  it('keeps the place it asks for when it fits', () => {
    expect(placeInside(100, 200, box, 8)).toBe(100);
  });

  it('shifts back from the end it would run past, keeping the edge free', () => {
    expect(placeInside(300, 200, box, 8)).toBe(192);
  });

  it('never starts before the box, even when asked to', () => {
    expect(placeInside(-50, 200, box, 4)).toBe(4);
    // Wider than the box: its start stays in view.
    expect(placeInside(100, 500, box, 8)).toBe(8);
  });

  it('works in the box’s own coordinates', () => {
    expect(placeInside(900, 100, { start: 600, end: 950 }, 8)).toBe(842);
  });
});
