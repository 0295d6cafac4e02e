import { afterEach, describe, expect, it, vi } from 'vitest';
import { createViewStore } from './viewStore';

const week = { start: Date.UTC(2023, 10, 24), end: Date.UTC(2023, 11, 1) };
const day = { start: Date.UTC(2023, 10, 24), end: Date.UTC(2023, 10, 25) };
const hours = { start: Date.UTC(2023, 10, 24, 6), end: Date.UTC(2023, 10, 24, 12) };

/** Animation frames run by hand. */
function frames() {
  const queue: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queue.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    queue[id - 1] = () => {};
  });
  return () => queue.splice(0).forEach((callback) => callback(0));
}

afterEach(() => vi.unstubAllGlobals());

describe('the view store', () => {
  it('starts at rest with the view it was made with', () => {
    const store = createViewStore(week);
    expect(store.get()).toBe(week);
    expect(store.getResting()).toBe(week);
    expect(createViewStore(null).get()).toBeNull();
  });

  it('draws a gesture’s steps once a frame, the last of them', () => {
    const runFrame = frames();
    const store = createViewStore(null);
    const seen: unknown[] = [];
    store.subscribe(() => seen.push(store.get()));
    store.move(week);
    store.move(day);
    // The value is current at once (the next gesture event reads it); the chart hears it at the frame.
    expect(store.get()).toBe(day);
    expect(seen).toEqual([]);
    runFrame();
    expect(seen).toEqual([day]);
    expect(store.getResting()).toBeNull();
  });

  it('tells the shell only when the view comes to rest', () => {
    const runFrame = frames();
    const store = createViewStore(null);
    const live = vi.fn();
    const resting = vi.fn();
    store.subscribe(live);
    store.subscribeResting(resting);
    store.show(week);
    store.show(day);
    expect(live).toHaveBeenCalledTimes(2);
    expect(resting).not.toHaveBeenCalled();
    store.move(hours);
    store.rest();
    // Resting draws the pending step at once, and no frame draws it again.
    expect(live).toHaveBeenCalledTimes(3);
    runFrame();
    expect(live).toHaveBeenCalledTimes(3);
    expect(resting).toHaveBeenCalledTimes(1);
    expect(store.getResting()).toBe(hours);
    // A jump is one change, heard once by each.
    store.rest(week);
    expect(live).toHaveBeenCalledTimes(4);
    expect(resting).toHaveBeenCalledTimes(2);
    // Nothing changed: nothing heard.
    store.rest({ ...week });
    expect(live).toHaveBeenCalledTimes(4);
    expect(resting).toHaveBeenCalledTimes(2);
  });

  it('passes requests to the chart that owns it, and drops them when none does', () => {
    const store = createViewStore(null);
    store.request({ type: 'reveal', id: 'nobody-listens' });
    const owner = vi.fn();
    const release = store.own(owner);
    store.request({ type: 'reveal', id: 'latest-exchange' });
    expect(owner).toHaveBeenCalledWith({ type: 'reveal', id: 'latest-exchange' });
    release();
    store.request({ type: 'reset' });
    expect(owner).toHaveBeenCalledTimes(1);
  });
});
