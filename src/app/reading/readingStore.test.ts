import { describe, expect, it, vi } from 'vitest';
import { createReadingStore, type ReadingInputs } from './readingStore';

const inputs = (selectedId: string | null) => ({ selectedId }) as unknown as ReadingInputs;

describe('the store the regions below the chart read', () => {
  it('keeps what the page was first drawn with, and tells its readers of each new set of inputs', () => {
    const first = inputs(null);
    const store = createReadingStore(first);
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    const next = inputs('truce-extension');
    store.set(next);
    store.set(next);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe(next);
    expect(store.initial).toBe(first);
    stop();
    store.set(inputs('other'));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('says once when a region is live, at once to whoever asks after', () => {
    const store = createReadingStore(inputs(null));
    const list = vi.fn();
    const detail = vi.fn();
    store.onReady('list', list);
    const unheard = store.onReady('detail', detail);
    unheard();
    expect(store.isReady('list')).toBe(false);
    store.ready('list');
    store.ready('list');
    expect(list).toHaveBeenCalledTimes(1);
    expect(store.isReady('list')).toBe(true);
    store.ready('detail');
    expect(detail).not.toHaveBeenCalled();
    const late = vi.fn();
    store.onReady('list', late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
