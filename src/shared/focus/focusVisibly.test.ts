import { describe, expect, it, vi } from 'vitest';
import { focusVisibly } from './focusVisibly';

describe('focusVisibly', () => {
  it('focuses with the ring asked for, keeping the caller’s options', () => {
    const focus = vi.fn();
    focusVisibly({ focus } as unknown as HTMLElement, { preventScroll: true });
    expect(focus).toHaveBeenCalledWith({ preventScroll: true, focusVisible: true });
  });
});
