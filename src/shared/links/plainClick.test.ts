import { describe, expect, it, vi } from 'vitest';
import { isPlainLeftClick, selectOnPlainClick, type ClickLike } from './plainClick';

const click = (over: Partial<ClickLike> = {}): ClickLike => ({
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
  preventDefault: vi.fn(),
  ...over,
});

describe('plain clicks on links', () => {
  it('accepts a plain primary click', () => {
    expect(isPlainLeftClick(click())).toBe(true);
  });

  it('leaves modified, middle and already handled clicks to the browser', () => {
    for (const over of [{ metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }, { defaultPrevented: true }]) {
      expect(isPlainLeftClick(click(over))).toBe(false);
    }
  });

  it('selects and prevents navigation only on a plain click', () => {
    const select = vi.fn();
    const plain = click();
    selectOnPlainClick(plain, select);
    expect(select).toHaveBeenCalledTimes(1);
    expect(plain.preventDefault).toHaveBeenCalledTimes(1);

    const newTab = click({ ctrlKey: true });
    selectOnPlainClick(newTab, select);
    expect(select).toHaveBeenCalledTimes(1);
    expect(newTab.preventDefault).not.toHaveBeenCalled();
  });
});
