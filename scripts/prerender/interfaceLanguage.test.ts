import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../src/shared/schema/validate.ts';
import { kindTable } from '../../src/shared/schema/kinds.ts';
import { vocabularyOf } from '../../src/shared/schema/storyVocabulary.ts';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import { pageMeta } from '../../src/app/meta/pageMeta.ts';
import { eventCardContent, storyCardContent } from './socialCard.ts';
import { eventJsonLd, storyJsonLd } from './jsonLd.ts';
import { notFoundPage } from './notFoundPage.ts';

// What the build writes about a story besides its page (its description, its social cards, its
// structured data, the 404 page of a site of one story) speaks the story's language, from its
// catalogue; English stays as it was; a language with no catalogue gets English, said to be English.

const result = validateTimeline(JSON.parse(readFileSync(join(process.cwd(), 'public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline does not validate');
const english = result.timeline;
const inLanguage = (lang: string): Timeline => ({ ...english, story: { ...english.story, lang } });
const event = english.events.find((e) => e.id === 'truce-extension')!;
const urls = { page: 'https://s.example/p/', site: 'https://s.example/', image: 'https://s.example/c.png', eventUrl: (id: string) => `https://s.example/events/${id}/` };

function words(timeline: Timeline) {
  const { story, events } = timeline;
  const kinds = kindTable(vocabularyOf(timeline));
  const meta = pageMeta(story, null);
  return {
    description: meta.description,
    eventDescription: pageMeta(story, event).description,
    storyCard: storyCardContent(story, events.length),
    eventCard: eventCardContent(event, story, kinds),
    storyLd: storyJsonLd(story, events, urls, meta.description),
    eventLd: eventJsonLd(story, event, urls, ''),
    notFound: notFoundPage(story.title, 'https://s.example/', story.lang),
  };
}

describe('the build’s words about a story, in its language', () => {
  it('leaves an English story’s as they were', () => {
    const w = words(english);
    expect(w.description).toMatch(/^A timeline of the article “Hamas Seeks Truce Extension/);
    expect(w.storyCard.eyebrow).toBe('Sourceline · Timeline');
    expect(w.storyCard.date).toBe('18 events, each linked to the article’s own words');
    expect(w.eventCard.date).toBe('28–30 November 2023 (date inferred)');
    expect(w.eventCard.source).toMatch(/^Source: the article “/);
    expect(w.storyLd.mainEntity.name).toBe(`Events in “${english.story.title}”`);
    expect(w.eventLd.mainEntity.description).toMatch(/Date inferred: /);
    expect(w.notFound).toContain('<html lang="en" dir="ltr">');
    expect(w.notFound).toContain('<h1>Page not found</h1>');
  });

  it('writes an Arabic story’s description, cards, structured data and 404 page from the Arabic catalogue', () => {
    const w = words(inLanguage('ar'));
    expect(w.description).toMatch(/^خط زمني لـمقال «Hamas Seeks Truce Extension/);
    expect(w.eventDescription).toMatch(/^28–30 نوفمبر 2023 \(تاريخ مستنتج\): «/);
    expect(w.storyCard.eyebrow).toBe('Sourceline · خط زمني');
    expect(w.storyCard.date).toBe('18 حدثًا، كلٌّ منها مرتبط بكلمات المقال نفسها');
    expect(w.storyCard.quote).toMatch(/^«.*»$/);
    expect(w.eventCard.date).toBe('28–30 نوفمبر 2023 (تاريخ مستنتج)');
    expect(w.eventCard.source).toMatch(/^المصدر: مقال «/);
    expect(w.storyLd.mainEntity.name).toBe(`أحداث «${english.story.title}»`);
    expect(w.eventLd.mainEntity.description).toMatch(/تاريخ مستنتج: /);
    expect(w.notFound).toContain('<html lang="ar" dir="rtl">');
    expect(w.notFound).toContain('<title>الصفحة غير موجودة · Sourceline</title>');
    expect(w.notFound).toContain(`الخط الزمني «${english.story.title}» موجود على <a href="https://s.example/">https://s.example/</a>.`);
    expect(w.notFound).not.toMatch(/Page not found|There is no page/);
  });

  it('writes English for a language without a catalogue, and marks the story’s title in its own', () => {
    const w = words(inLanguage('fa'));
    expect(w.storyCard.eyebrow).toBe('Sourceline · Timeline');
    expect(w.notFound).toContain('<html lang="en" dir="ltr">');
    expect(w.notFound).toContain(`<span lang="fa" dir="rtl">${english.story.title.replaceAll("'", '&#39;')}</span>`);
  });
});
