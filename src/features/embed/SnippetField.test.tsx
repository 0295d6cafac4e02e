// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnippetField } from './SnippetField';
import { EmbedCredit } from './EmbedCredit';
import { laterFor } from '../../shared/i18n/laterCatalogues';

// The dialog's words in English, as the dialog hands them down.
const words = laterFor('en')!;

const code = '<div data-sourceline="https://a.example/?embed=1"></div>';

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('a snippet to copy', () => {
  it('copies the code and announces “Copied”', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<SnippetField label="Script" name="script snippet" hint="Sizes itself." code={code} words={words} />);
    expect(screen.getByRole('textbox', { name: 'Script' })).toHaveProperty('value', code);
    fireEvent.click(screen.getByRole('button', { name: 'Copy script snippet' }));
    expect(await screen.findByText('Copied')).toHaveProperty('role', 'status');
    expect(writeText).toHaveBeenCalledWith(code);
  });

  it('leaves the code selected when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    render(<SnippetField label="Script" name="script snippet" hint="Sizes itself." code={code} words={words} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy script snippet' }));
    expect(await screen.findByText(/copy it with Ctrl\+C/)).toHaveProperty('role', 'status');
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Script' });
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, code.length]);
  });
});

const story = {
  title: 'Timeline title',
  headlines: ['The article’s headline'],
  seed: 'seeds/a.txt',
  seedSha256: 'a'.repeat(64),
  text: 'The article’s headline',
};

describe('the credit line', () => {
  it('credits Sourceline and opens the full timeline in a new tab', () => {
    render(<EmbedCredit story={story} fullHref="https://a.example/s/events/x/" words={words} />);
    expect(screen.getByText(/^Timeline by Sourceline/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open full timeline (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe('https://a.example/s/events/x/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
  });

  it('names the publisher, linked to the article, and no publisher when none is declared', () => {
    render(<EmbedCredit story={story} fullHref="https://a.example/s/" words={words} />);
    expect(screen.getByText(/^Timeline by Sourceline/).textContent).toBe('Timeline by Sourceline: every figure links to the words that state it.');
    cleanup();
    render(<EmbedCredit story={{ ...story, source: { publisher: 'Example Wire', url: 'https://news.example/a' } }} fullHref="https://a.example/s/" words={words} />);
    const source = screen.getByRole('link', { name: 'Example Wire (opens in a new tab)' });
    expect(source.getAttribute('href')).toBe('https://news.example/a');
    expect(screen.getByText(/^Timeline by Sourceline/).textContent).toBe('Timeline by Sourceline, from Example Wire (opens in a new tab): every figure links to the words that state it.');
  });
});
