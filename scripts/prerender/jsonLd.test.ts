import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/features/data/schema.ts';
import { eventJsonLd, storyJsonLd } from './jsonLd.ts';

const { story, events } = JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8')) as Timeline;
const site = 'https://news.example/s/';
const urls = (page: string) => ({ page, site, image: `${site}cards/x.png`, eventUrl: (id: string) => `${site}events/${id}/` });

describe('structured data', () => {
  it('lists every event of the story, based on the article', () => {
    const data = storyJsonLd(story, events, urls(site), 'd');
    expect(data.isBasedOn).toMatchObject({ '@type': 'NewsArticle', headline: story.title });
    expect(data.mainEntity.numberOfItems).toBe(events.length);
    expect(data.mainEntity.itemListElement.map((i) => i.url)).toEqual(events.map((e) => `${site}events/${e.id}/`));
  });

  it('describes an event with its own dates and quotes, saying when a date is inferred', () => {
    const extension = events.find((e) => e.id === 'truce-extension')!;
    const data = eventJsonLd(story, extension, urls(`${site}events/truce-extension/`), 'd');
    expect(data.mainEntity).toMatchObject({ '@type': 'Event', startDate: '2023-11-28', endDate: '2023-11-30' });
    expect(data.mainEntity.description).toContain(extension.quotes[0]!.text);
    expect(data.mainEntity.description).toContain('Date inferred:');
  });
});
