import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/shared/schema/schema.ts';
import { notFoundPage } from './notFoundPage.ts';

const story = { title: 'A story' } as Story;
const script = /<script>([\s\S]*?)<\/script>/.exec(notFoundPage(story.title, 'https://graphics.example/s/'))?.[1] ?? '';

/** Runs the page's script as a browser would at `address`, and returns where it sends the reader (null: it stays). */
function redirectFrom(address: string): string | null {
  const url = new URL(address);
  let target: string | null = null;
  const location = {
    pathname: url.pathname,
    search: url.search,
    hash: url.hash,
    protocol: url.protocol,
    host: url.host,
    replace: (to: string) => {
      target = new URL(to, url).href;
    },
  };
  runInNewContext(script, { location });
  return target;
}

describe('404.html', () => {
  it('has a script to run', () => {
    expect(script).toContain('location.replace');
  });

  it('sends a missing event page on to the timeline, with the query and hash kept', () => {
    expect(redirectFrom('https://graphics.example/s/events/gone/?theme=dark#x')).toBe('https://graphics.example/s/?event=gone&theme=dark#x');
    expect(redirectFrom('https://graphics.example/events/gone/')).toBe('https://graphics.example/?event=gone');
  });

  it('leaves other missing pages alone', () => {
    expect(redirectFrom('https://graphics.example/s/nothing-here')).toBeNull();
  });

  it('never sends the reader to another host, whatever the path', () => {
    for (const address of [
      'https://graphics.example//evil.example/events/x/',
      'https://graphics.example///evil.example/events/x/',
      'https://graphics.example//evil.example:8080/s/events/x/',
    ]) {
      const target = redirectFrom(address);
      expect(target, address).not.toBeNull();
      expect(new URL(target ?? '').origin, address).toBe('https://graphics.example');
    }
  });

  it('passes an id it cannot decode on as written, without throwing', () => {
    const target = redirectFrom('https://graphics.example/s/events/%E0%A4%A/');
    expect(target).not.toBeNull();
    expect(new URL(target ?? '').searchParams.get('event')).toBe('%E0%A4%A');
  });
});
