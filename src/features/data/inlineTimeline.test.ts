// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { INLINE_DATA_ID, readInlineTimeline, serializeInlineTimeline } from './inlineTimeline';
import type { Timeline } from '../../shared/schema/schema';
import { DEFAULT_VOCABULARY } from '../../shared/schema/defaultVocabulary';

const timeline = {
  version: 1,
  story: { title: 'A story', text: 'It happened.' },
  vocabulary: DEFAULT_VOCABULARY,
  events: [{ id: 'one', kind: 'exchange', title: 'One', start: '2023-11-24', quotes: [], figures: [] }],
} as unknown as Timeline;

function pageWith(data: unknown): Document {
  const doc = document.implementation.createHTMLDocument('page');
  const script = doc.createElement('script');
  script.type = 'application/json';
  script.id = INLINE_DATA_ID;
  script.textContent = serializeInlineTimeline(data as Timeline);
  doc.body.append(script);
  return doc;
}

describe('the timeline a prerendered page carries', () => {
  it('is read back with its vocabulary', () => {
    const read = readInlineTimeline(pageWith(timeline));
    expect(read?.events.map((event) => event.id)).toEqual(['one']);
    expect(read?.vocabulary).toEqual(DEFAULT_VOCABULARY);
  });

  it('is not ours without a vocabulary (every derived file has one): the app then fetches and validates the file', () => {
    const bare = { ...timeline, vocabulary: undefined };
    expect(readInlineTimeline(pageWith(bare))).toBeNull();
  });

  it('is absent when the page has none, or it is not JSON', () => {
    expect(readInlineTimeline(document.implementation.createHTMLDocument('empty'))).toBeNull();
    const doc = pageWith(timeline);
    doc.getElementById(INLINE_DATA_ID)!.textContent = '{not json';
    expect(readInlineTimeline(doc)).toBeNull();
  });
});
