import type { Story, TimelineEvent } from '../../src/shared/schema/schema.ts';
import { formatFigure } from '../../src/shared/format/figures.ts';
import { articleHeadline } from '../../src/shared/format/source.ts';
import { pageInterfaceFor } from '../../src/shared/i18n/pageCatalogues.ts';

/**
 * schema.org data for search engines and previews. The article is the source, so it appears as
 * the `CreativeWork` every page is based on (`isBasedOn`) and cites (`citation`), named by its own
 * headline with the publisher, address, author and date the story declares, and nothing it does
 * not; events are `Event`s. Dates are the data's own ISO values; an inferred one is said to be
 * inferred in the description.
 */
interface Urls {
  page: string;
  site: string;
  image: string;
  eventUrl: (id: string) => string;
}

function article(story: Story) {
  const headline = articleHeadline(story);
  const others = [...new Set(story.headlines.filter((h) => h !== headline))];
  const source = story.source;
  return {
    '@type': 'NewsArticle',
    headline,
    ...(others.length > 0 ? { alternativeHeadline: others } : {}),
    ...(source?.url ? { url: source.url } : {}),
    ...(source?.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source?.byline ? { author: { '@type': 'Person', name: source.byline } } : {}),
    ...(source?.published ? { datePublished: source.published } : {}),
    ...(source?.license ? { license: source.license.url ?? source.license.name } : {}),
  };
}

/**
 * At most this many events are listed by name in a story's structured data; `numberOfItems` still
 * gives them all, as schema.org allows for a list described in part. A story of 100,000 events
 * listed them all in 19 MB of its page's head, read before anything could be drawn.
 */
export const JSON_LD_ITEMS = 1000;

/** The main page: the timeline as a web page about the article, listing its events (the first `JSON_LD_ITEMS`). */
export function storyJsonLd(story: Story, events: readonly TimelineEvent[], urls: Urls, description: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: urls.page,
    name: story.title,
    description,
    image: urls.image,
    isBasedOn: article(story),
    citation: article(story),
    mainEntity: {
      '@type': 'ItemList',
      name: pageInterfaceFor(story.lang).pages.jsonLdEvents({ title: story.title }),
      numberOfItems: events.length,
      itemListElement: events.slice(0, JSON_LD_ITEMS).map((event, index) => ({ '@type': 'ListItem', position: index + 1, url: urls.eventUrl(event.id), name: event.title })),
    },
  };
}

/** One event's page: the event, with the quote it rests on and the figures it states. */
export function eventJsonLd(story: Story, event: TimelineEvent, urls: Urls, description: string) {
  const { messages: t, pages } = pageInterfaceFor(story.lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: urls.page,
    name: event.title,
    description,
    image: urls.image,
    isBasedOn: article(story),
    citation: article(story),
    isPartOf: { '@type': 'WebPage', url: urls.site, name: story.title },
    mainEntity: {
      '@type': 'Event',
      name: event.title,
      startDate: event.start,
      ...(event.end ? { endDate: event.end } : {}),
      description: [event.quotes.map((q) => t.quoted({ text: q.text })).join(' '), event.dateBasis === 'inferred' ? pages.jsonLdInferred({ note: event.dateNote ?? '' }) : '']
        .filter(Boolean)
        .join(' '),
      url: urls.page,
      image: urls.image,
      ...(event.figures.length > 0 ? { keywords: event.figures.map((figure) => formatFigure(figure, story.lang)).join('; ') } : {}),
      subjectOf: article(story),
    },
  };
}
