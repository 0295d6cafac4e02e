import { describe, expect, it } from 'vitest';
import { acceptsZoomGesture, MAX_WHEEL_STEP, wheelZoomStep } from './gestures';

describe('which gestures zoom', () => {
  it('leaves a plain wheel to scroll the page, and zooms on Ctrl or Cmd + wheel (and pinch)', () => {
    expect(acceptsZoomGesture({ type: 'wheel', ctrlKey: false, metaKey: false })).toBe(false);
    expect(acceptsZoomGesture({ type: 'wheel', ctrlKey: true })).toBe(true);
    expect(acceptsZoomGesture({ type: 'wheel', metaKey: true })).toBe(true);
  });

  it('leaves one finger to scroll the page and takes two to pinch', () => {
    expect(acceptsZoomGesture({ type: 'touchstart', touches: { length: 1 } })).toBe(false);
    expect(acceptsZoomGesture({ type: 'touchstart', touches: { length: 2 } })).toBe(true);
  });

  it('drags with the main button only, and double-click zooms', () => {
    expect(acceptsZoomGesture({ type: 'mousedown', button: 0 })).toBe(true);
    expect(acceptsZoomGesture({ type: 'mousedown', button: 2 })).toBe(false);
    expect(acceptsZoomGesture({ type: 'mousedown', button: 0, ctrlKey: true })).toBe(false);
    expect(acceptsZoomGesture({ type: 'dblclick', button: 0 })).toBe(true);
  });
});

describe('how far a wheel event zooms', () => {
  it('keeps a pinch’s small steps and caps a mouse notch', () => {
    expect(wheelZoomStep({ deltaY: -5, deltaMode: 0, ctrlKey: true })).toBeCloseTo(0.1, 9);
    expect(wheelZoomStep({ deltaY: -120, deltaMode: 0, ctrlKey: true })).toBe(MAX_WHEEL_STEP);
    expect(wheelZoomStep({ deltaY: 120, deltaMode: 0, ctrlKey: true })).toBe(-MAX_WHEEL_STEP);
    expect(wheelZoomStep({ deltaY: 3, deltaMode: 1, ctrlKey: true })).toBe(-MAX_WHEEL_STEP);
    expect(wheelZoomStep({ deltaY: -100, deltaMode: 0 })).toBeCloseTo(0.2, 9);
  });
});
