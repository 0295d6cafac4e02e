import { describe, expect, it, vi } from 'vitest';
import { copyText } from './copyText';

describe('copying a link', () => {
  it('writes the text with the Clipboard API', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    await expect(copyText('https://x.example/events/a/', { writeText })).resolves.toBe('copied');
    expect(writeText).toHaveBeenCalledWith('https://x.example/events/a/');
  });

  it('falls back to manual copying when the API is missing or refuses', async () => {
    await expect(copyText('x', undefined)).resolves.toBe('manual');
    await expect(copyText('x', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })).resolves.toBe('manual');
  });
});
