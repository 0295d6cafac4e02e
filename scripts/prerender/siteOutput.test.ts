import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { budgetWarning, overBudget, PAGE_HTML_BUDGET, pruneRemovedEvents } from './siteOutput.ts';

describe('a rebuild after events were removed', () => {
  let dist = '';
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'dist-'));
    for (const id of ['kept', 'removed-event', 'another-gone']) {
      mkdirSync(join(dist, 'events', id), { recursive: true });
      writeFileSync(join(dist, 'events', id, 'index.html'), id);
    }
    mkdirSync(join(dist, 'cards'));
    for (const name of ['story', 'kept', 'removed-event']) writeFileSync(join(dist, 'cards', `${name}.png`), name);
    writeFileSync(join(dist, 'index.html'), 'main');
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('removes the pages and cards of events no longer in the timeline, and says which', () => {
    const removed = pruneRemovedEvents(dist, new Set(['kept']));
    expect(removed.sort()).toEqual(['cards/removed-event.png', 'events/another-gone/', 'events/removed-event/']);
    expect(existsSync(join(dist, 'events', 'removed-event'))).toBe(false);
    expect(existsSync(join(dist, 'events', 'another-gone'))).toBe(false);
    expect(existsSync(join(dist, 'cards', 'removed-event.png'))).toBe(false);
  });

  it('keeps the pages of events still there, the story’s card and everything else', () => {
    pruneRemovedEvents(dist, new Set(['kept']));
    for (const path of ['events/kept/index.html', 'cards/kept.png', 'cards/story.png', 'index.html']) expect(existsSync(join(dist, path)), path).toBe(true);
  });

  it('does nothing on a first build', () => {
    expect(pruneRemovedEvents(join(dist, 'nothing-yet'), new Set(['kept']))).toEqual([]);
  });
});

describe('the page budget', () => {
  // Text that gzip cannot shrink much, as a long article inline in a page is not.
  const heavy = (kB: number) => `<p>${randomBytes(kB * 600).toString('base64')}</p>`;

  it('passes a page within it without compressing it', () => {
    expect(overBudget('index.html', '<p>small</p>')).toBeNull();
    expect(overBudget('index.html', heavy(20))).toBeNull();
  });

  it('names a page over it, with its weight', () => {
    const over = overBudget('events/a/index.html', heavy(60));
    expect(over?.path).toBe('events/a/index.html');
    expect(over?.gzipBytes).toBeGreaterThan(PAGE_HTML_BUDGET);
    expect(over?.bytes).toBeGreaterThan(over?.gzipBytes ?? Infinity);
  });

  it('warns about every page over it, heaviest first, and says nothing when none is', () => {
    expect(budgetWarning([])).toBeNull();
    const warning = budgetWarning([
      { path: 'index.html', bytes: 13_000_000, gzipBytes: 4_100_000 },
      { path: 'events/a/index.html', bytes: 13_100_000, gzipBytes: 4_200_000 },
    ]);
    expect(warning).toContain('2 pages are over the HTML budget of 30 kB gzip');
    expect(warning?.split('\n').slice(1)).toEqual(['  events/a/index.html: 4,200 kB gzip (13,100 kB)', '  index.html: 4,100 kB gzip (13,000 kB)']);
  });
});
