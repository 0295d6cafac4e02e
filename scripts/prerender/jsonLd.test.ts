import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import { eventJsonLd, JSON_LD_ITEMS, storyJsonLd } from './jsonLd.ts';

const { story, events } = JSON.parse(readFileSync(new URL('../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as Timeline;
const site = 'https://news.example/s/';
const urls = (page: string) => ({ page, site, image: `${site}cards/x.png`, eventUrl: (id: string) => `${site}events/${id}/` });

describe('structured data', () => {
  it('lists every event of the story, based on the article', () => {
    const data = storyJsonLd(story, events, urls(site), 'd');
    expect(data.isBasedOn).toMatchObject({ '@type': 'NewsArticle', headline: story.title });
    expect(data.mainEntity.numberOfItems).toBe(events.length);
    expect(data.mainEntity.itemListElement.map((i) => i.url)).toEqual(events.map((e) => `${site}events/${e.id}/`));
  });

  it('for a very long story, counts every event but names only the first ones, in order', () => {
    const many = Array.from({ length: JSON_LD_ITEMS + 5 }, (_, at) => ({ ...events[at % events.length]!, id: `event-${at}` }));
    const data = storyJsonLd(story, many, urls(site), 'd');
    expect(data.mainEntity.numberOfItems).toBe(many.length);
    expect(data.mainEntity.itemListElement).toHaveLength(JSON_LD_ITEMS);
    expect(data.mainEntity.itemListElement.at(-1)).toMatchObject({ position: JSON_LD_ITEMS, url: `${site}events/event-${JSON_LD_ITEMS - 1}/` });
  });

  it('describes an event with its own dates and quotes, saying when a date is inferred', () => {
    const extension = events.find((e) => e.id === 'truce-extension')!;
    const data = eventJsonLd(story, extension, urls(`${site}events/truce-extension/`), 'd');
    expect(data.mainEntity).toMatchObject({ '@type': 'Event', startDate: '2023-11-28', endDate: '2023-11-30' });
    expect(data.mainEntity.description).toContain(extension.quotes[0]!.text);
    expect(data.mainEntity.description).toContain('Date inferred:');
  });

  it('names the article by its own headline and cites it, with only what the story declares', () => {
    const data = eventJsonLd(story, events[0]!, urls(`${site}events/x/`), 'd');
    expect(data.citation).toEqual(data.isBasedOn);
    // The truce article names no publisher, author, address or date: none is made up.
    expect(Object.keys(data.isBasedOn).sort()).toEqual(['@type', 'alternativeHeadline', 'headline']);
    const declared = { ...story, title: 'An editor’s title', source: { publisher: 'Example Wire', url: 'https://news.example/a', byline: 'Jane Doe', published: '2023-11-30' } };
    expect(storyJsonLd(declared, events, urls(site), 'd').isBasedOn).toEqual({
      '@type': 'NewsArticle',
      headline: story.headlines[0],
      alternativeHeadline: [story.headlines[2]],
      url: 'https://news.example/a',
      publisher: { '@type': 'Organization', name: 'Example Wire' },
      author: { '@type': 'Person', name: 'Jane Doe' },
      datePublished: '2023-11-30',
    });
  });
});
