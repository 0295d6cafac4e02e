import { describe, expect, it } from 'vitest';
import { creditParts, sourceCredit, sourceName } from './source';

const declared = {
  title: 'Cave rescue: the timeline',
  headlines: ['All 12 boys and coach rescued from Thai cave'],
  timeZone: 'Asia/Bangkok',
  timeZoneName: 'ICT',
  source: { publisher: 'Example Wire', url: 'https://news.example/cave', byline: 'Jane Doe', published: '2018-07-10T21:30+07:00' },
};

describe('crediting the source', () => {
  it('names the article by its own headline, with byline, publisher and date as declared', () => {
    expect(sourceCredit(declared)).toBe('the article “All 12 boys and coach rescued from Thai cave”, by Jane Doe, Example Wire, 10 July 2018, 21:30 ICT');
    expect(creditParts(declared).url).toBe('https://news.example/cave');
    expect(sourceName(declared)).toBe('Example Wire');
  });

  it('says what is not given instead of inventing it', () => {
    const bare = { title: 'Editor’s title', headlines: ['The article’s headline'] };
    expect(sourceCredit(bare)).toBe('the article “The article’s headline” (its publisher and publication date are not given)');
    expect(sourceCredit({ ...bare, source: { publisher: 'Example Wire' } })).toBe('the article “The article’s headline”, Example Wire (its publication date is not given)');
    expect(sourceName(bare)).toBe('the article “The article’s headline”');
    expect(creditParts(bare).url).toBeUndefined();
  });
});
