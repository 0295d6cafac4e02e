import { describe, expect, it } from 'vitest';
import { noticeParts, noticeText, quotedValue, QUOTED_VALUE_MAX } from './noticeText';

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

  it('says a view beyond the story was fitted, and to what', () => {
    const nearest = noticeText({ param: 'view', value: '2023-11-30..2024-03-01', reason: 'clamped', shown: '2023-11-20..2023-12-02' });
    expect(nearest).toBe(
      'This link’s view, “2023-11-30..2024-03-01”, reaches beyond what the timeline shows (outside the story, or closer than it zooms), so it shows the nearest it can show, 20 November 2023 to 2 December 2023.',
    );
    expect(noticeText({ param: 'view', value: '1990-01-01..2090-01-01', reason: 'clamped', shown: null })).toContain('so it shows the whole story.');
    expect(noticeText({ param: 'view', value: 'x', reason: 'clamped', shown: '2023-11-24T06:00Z..2023-11-24T09:00Z' })).toContain('24 November 2023, 06:00 UTC to 24 November 2023, 09:00 UTC');
  });
});

describe('the link’s own words in a notice', () => {
  it('are cut to a readable length, with an ellipsis', () => {
    const value = 'a'.repeat(12_000);
    const text = noticeText({ param: 'event', value, reason: 'unknown' });
    expect(text.length).toBeLessThan(300);
    expect(quotedValue(value)).toBe(`${'a'.repeat(QUOTED_VALUE_MAX - 1)}…`);
    expect(quotedValue('a'.repeat(QUOTED_VALUE_MAX))).toBe('a'.repeat(QUOTED_VALUE_MAX));
  });

  it('are never cut inside a character', () => {
    const value = '😀'.repeat(200);
    expect(Array.from(quotedValue(value))).toHaveLength(QUOTED_VALUE_MAX);
    expect(quotedValue(value).endsWith('😀…')).toBe(true);
  });

  it('lose the direction controls that would reverse the app’s sentence', () => {
    const parts = noticeParts({ param: 'event', value: 'x\u202Esi tneve na ton', reason: 'malformed' });
    expect(parts.value).toBe('xsi tneve na ton');
    expect(`${parts.before}${parts.value}${parts.after}`).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(quotedValue('\u2066a\u2067b\u2068c\u2069\u202Ad\u202Be\u202Cf\u202D')).toBe('abcdef');
  });

  it('keep the app’s words outside the quoted part', () => {
    const parts = noticeParts({ param: 'theme', value: 'pink', reason: 'malformed' });
    expect(parts).toEqual({ before: 'This link’s theme, “', value: 'pink', after: '”, is not one this page knows (use light or dark); it was ignored.' });
  });
});
