import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { StoryIndexEntry } from '../../shared/schema/stories';
import { StoryIndex } from './StoryIndex';

const entry = (overrides: Partial<StoryIndexEntry> = {}): StoryIndexEntry => ({
  slug: 'truce',
  path: 'truce/',
  title: 'Truce extended',
  headline: 'Hamas seeks truce extension',
  date: '2023-11-30',
  dateBasis: 'stated',
  events: 18,
  firstDay: '2023-10-07',
  lastDay: '2023-11-30',
  keyFigure: { value: 8, text: '8 hostages released', event: 'The latest exchange' },
  ...overrides,
});

describe('the index of stories', () => {
  it('marks a story’s own words with its language and direction, and keeps its own words English', () => {
    const html = renderToStaticMarkup(
      <StoryIndex
        stories={[
          entry({ lang: 'ar', title: 'تمديد الهدنة', headline: 'حماس تسعى لتمديد الهدنة', keyFigure: { value: 8, text: '8 رهائن أفرج عنهم', event: 'آخر تبادل' } }),
        ]}
      />,
    );
    expect(html).toContain('<a href="truce/" lang="ar" dir="rtl">تمديد الهدنة</a>');
    expect(html).toContain('<span class="story-card__value" lang="ar" dir="rtl">8 رهائن أفرج عنهم</span>');
    expect(html).toContain('<span lang="ar" dir="rtl">آخر تبادل</span>');
    expect(html).toContain('From the article “<span lang="ar" dir="rtl">حماس تسعى لتمديد الهدنة</span>”');
    // The index's own sentences, and their dates, stay in the site's language.
    expect(html).toContain('<time dateTime="2023-11-30">30 November 2023</time>');
    expect(html).toContain('7 October – 30 November 2023');
  });

  it('adds nothing for a story that declares no language', () => {
    const html = renderToStaticMarkup(<StoryIndex stories={[entry()]} />);
    expect(html).not.toMatch(/\blang=|\bdir=/);
    expect(html.replace(/<[^>]+>/g, '')).toContain('From the article “Hamas seeks truce extension”, 30 November 2023');
    expect(html).toContain('<span class="story-card__event"> — <span>The latest exchange</span></span>');
  });
});
