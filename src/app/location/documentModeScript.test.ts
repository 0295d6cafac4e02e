import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAppUrl } from './appUrl';

// index.html marks <html> from the URL before the app runs; it must read the URL as the app does.
const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
const script = /<script>\s*([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

function runScript(search: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const root = { setAttribute: (name: string, value: string) => (attributes[name] = value) };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the page's own inline script, run against a stand-in document
  const run = new Function('location', 'document', script) as (location: unknown, document: unknown) => void;
  run({ search }, { documentElement: root });
  return attributes;
}

describe('the inline script that marks the page before the first paint', () => {
  it('is in index.html', () => {
    expect(script).toContain('data-theme');
  });

  it('reads theme and embed exactly as the app does', () => {
    const base = new URL('https://news.example/s/');
    for (const search of ['', '?theme=dark', '?theme=light&embed=1', '?embed=', '?embed=true', '?embed=0', '?embed=yes&theme=pink', '?theme=Dark', '?embed=1&embed=0']) {
      const { state } = parseAppUrl(new URL(search, base), base);
      const marks = runScript(search);
      expect({ search, theme: marks['data-theme'] ?? null, embed: 'data-embed' in marks }).toEqual({ search, theme: state.theme, embed: state.embed });
    }
  });
});
