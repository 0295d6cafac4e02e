// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { INLINE_DATA_ID, serializeInlineTimeline } from '../entry-server';
import { readInlineTimeline } from '../features/data/inlineTimeline';
import { DEFAULT_VOCABULARY } from '../shared/schema/defaultVocabulary';
import type { Timeline } from '../shared/schema/schema';

const bare = {
  version: 1,
  story: { title: 'A story', text: 'It happened.' },
  events: [{ id: 'one', kind: 'exchange', title: 'One', start: '2023-11-24', quotes: [], figures: [] }],
} as unknown as Timeline;

describe('the data a prerendered page carries', () => {
  it('always has a vocabulary, the default set for a timeline that declares none, so the page can read it', () => {
    const doc = document.implementation.createHTMLDocument('page');
    doc.body.innerHTML = `<script id="${INLINE_DATA_ID}" type="application/json">${serializeInlineTimeline(bare)}</script>`;
    const read = readInlineTimeline(doc);
    expect(read?.vocabulary).toEqual(DEFAULT_VOCABULARY);
    expect(read?.events.map((event) => event.id)).toEqual(['one']);
  });
});
