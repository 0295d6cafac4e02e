import { describe, expect, it, vi } from 'vitest';
import { clipboardAllowed, copyText } from './copyText';

describe('copying a link', () => {
  it('writes the text with the Clipboard API', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    await expect(copyText('https://x.example/events/a/', { writeText }, true)).resolves.toBe('copied');
    expect(writeText).toHaveBeenCalledWith('https://x.example/events/a/');
  });

  it('falls back to manual copying when the API is missing or refuses', async () => {
    await expect(copyText('x', undefined, true)).resolves.toBe('manual');
    await expect(copyText('x', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, true)).resolves.toBe('manual');
  });

  it('does not try where the page’s permissions policy forbids it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    await expect(copyText('x', { writeText }, false)).resolves.toBe('manual');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('reads the permissions policy where the browser has one', () => {
    expect(clipboardAllowed({ featurePolicy: { allowsFeature: (feature) => feature !== 'clipboard-write' } })).toBe(false);
    expect(clipboardAllowed({ featurePolicy: { allowsFeature: () => true } })).toBe(true);
    expect(clipboardAllowed({})).toBe(true);
    expect(clipboardAllowed(undefined)).toBe(true);
  });
});
