import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './loadOnce';

describe('a lazy load', () => {
  it('is made once for every caller, and kept once it has succeeded', async () => {
    const load = vi.fn(() => Promise.resolve('gestures'));
    const get = loadOnce(load);
    const [a, b] = [get(), get()];
    expect(a).toBe(b);
    expect(await a).toBe('gestures');
    expect(await get()).toBe('gestures');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is tried again after it fails, instead of failing the same way for ever', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new TypeError('error loading dynamically imported module')).mockResolvedValue('gestures');
    const get = loadOnce(load);
    await expect(get()).rejects.toThrow('error loading dynamically imported module');
    expect(await get()).toBe('gestures');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
