// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UrlNotices } from './UrlNotices';

afterEach(cleanup);

describe('the notices about a link', () => {
  it('quote the link’s words isolated in <bdi>, cut short and without direction controls', async () => {
    const value = `\u202E${'x'.repeat(12_000)}`;
    render(<UrlNotices notices={[{ param: 'event', value, reason: 'malformed' }]} />);
    // The list is a chunk of its own (the app's entry fetches it first when a link has something to tell).
    const item = await screen.findByRole('listitem');
    const quoted = item.querySelector('bdi');
    expect(quoted?.textContent).toBe(`${'x'.repeat(79)}…`);
    // The app's own words are the sentence around it, in order, untouched.
    expect(item.textContent).toBe(`This link names an event as “${'x'.repeat(79)}…”, which is not an event of this timeline. The whole timeline is shown.`);
    expect(item.textContent).not.toContain('\u202E');
  });

  it('render the words as text, never as markup', async () => {
    render(<UrlNotices notices={[{ param: 'theme', value: '<img src=x onerror=alert(1)>', reason: 'malformed' }]} />);
    expect((await screen.findByRole('listitem')).querySelector('img')).toBeNull();
    expect(screen.getByRole('listitem').querySelector('bdi')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
