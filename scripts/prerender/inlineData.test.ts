import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlFiles, staleInlinePages } from './inlineData';

const ID = 'sourceline-data';
const page = (data: unknown) => `<div id="root"></div><script id="${ID}" type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

let dist = '';
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'inline-data-'));
  mkdirSync(join(dist, 'data'));
  mkdirSync(join(dist, 'events', 'a'), { recursive: true });
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('pages whose inline data is not the data file beside them', () => {
  const data = { version: 1, story: { title: 'A <b>story</b>' }, events: [{ id: 'a' }] };

  it('finds every page, in every folder', () => {
    writeFileSync(join(dist, 'index.html'), '');
    writeFileSync(join(dist, 'events', 'a', 'index.html'), '');
    writeFileSync(join(dist, 'data', 'timeline.json'), '{}');
    expect(htmlFiles(dist)).toEqual(['events/a/index.html', 'index.html']);
  });

  it('are none when every page carries the file, whatever its spacing and escapes', () => {
    writeFileSync(join(dist, 'data', 'timeline.json'), JSON.stringify(data, null, 2));
    writeFileSync(join(dist, 'index.html'), page(data));
    writeFileSync(join(dist, 'events', 'a', 'index.html'), page(data));
    writeFileSync(join(dist, '404.html'), '<p>no data here</p>');
    expect(staleInlinePages(dist, join(dist, 'data', 'timeline.json'), ID)).toEqual([]);
  });

  it('names a page built from older data, and one whose copy is damaged', () => {
    writeFileSync(join(dist, 'data', 'timeline.json'), JSON.stringify(data));
    writeFileSync(join(dist, 'index.html'), page(data));
    writeFileSync(join(dist, 'events', 'a', 'index.html'), page({ ...data, story: { title: 'An older title' } }));
    writeFileSync(join(dist, 'old.html'), `<script id="${ID}" type="application/json">{"version":</script>`);
    expect(staleInlinePages(dist, join(dist, 'data', 'timeline.json'), ID)).toEqual([
      'events/a/index.html: its inline data is not data/timeline.json',
      'old.html: its inline data is not JSON',
    ]);
  });
});
