// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareActions } from './ShareActions';

const url = 'https://news.example/s/events/truce-extension/';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(navigator, 'share');
});

describe('sharing an event', () => {
  it('copies the link and announces it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    render(<ShareActions url={url} title="The truce is extended" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toHaveProperty('role', 'status');
    expect(writeText).toHaveBeenCalledWith(url);
  });

  it('shows the link selected when the clipboard refuses', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    render(<ShareActions url={url} title="t" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: /could not be copied/ });
    expect(field.value).toBe(url);
    // The field is focused and selected by an effect after it appears.
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(url.length);
  });

  it('offers the share sheet only where the browser has one', async () => {
    const { unmount } = render(<ShareActions url={url} title="t" />);
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    unmount();
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    render(<ShareActions url={url} title="The truce is extended" text="28–30 November 2023" />);
    fireEvent.click(screen.getByRole('button', { name: 'Share…' }));
    expect(await screen.findByText('Link shared')).toHaveProperty('role', 'status');
    expect(share).toHaveBeenCalledWith({ url, title: 'The truce is extended', text: '28–30 November 2023' });
  });

  it('forgets an outcome when the link changes', async () => {
    stubClipboard(() => Promise.resolve());
    const { rerender } = render(<ShareActions url={url} title="t" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByText('Link copied');
    rerender(<ShareActions url={`${url}x`} title="t" />);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '');
  });
});
