import { describe, expect, it } from 'vitest';
import { noticeText } from './noticeText';

describe('what a reader is told about a link', () => {
  it('names an unknown event and says the whole timeline is shown', () => {
    const text = noticeText({ param: 'event', value: 'no-such-event', reason: 'unknown' });
    expect(text).toContain('“no-such-event”');
    expect(text).toContain('not in this timeline');
    expect(text).toContain('The whole timeline is shown.');
  });

  it('tells a malformed event from an unknown one', () => {
    expect(noticeText({ param: 'event', value: 'Bad Id', reason: 'malformed' })).toContain('not an event of this timeline');
  });

  it('says which setting was ignored', () => {
    expect(noticeText({ param: 'view', value: 'soon', reason: 'malformed' })).toContain('could not be read');
    expect(noticeText({ param: 'theme', value: 'pink', reason: 'malformed' })).toContain('light or dark');
    expect(noticeText({ param: 'embed', value: 'yes', reason: 'malformed' })).toContain('1 or 0');
  });
});
