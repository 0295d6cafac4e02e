/**
 * The interface in English: the source every other catalogue translates, key for key (see
 * `messages.ts`). Words only: markup, the story's own words and the formats of dates and numbers
 * are the code's and the story's. A parameter named `count` is a number the message writes and
 * takes its plural from; every other parameter is words already written (a date, a title).
 */
import type { Formats, Message } from './messages';

type Count = { count: number };

export const en = {
  // ——— the brand and the page's own words
  brand: 'Sourceline',
  /** A passage of the story quoted inside the app's own sentence. */
  quoted: ({ text }: { text: string }) => `“${text}”`,
  pageTitle: ({ title }: { title: string }) => `${title} · Sourceline`,
  dateInferredSuffix: ' (date inferred)',
  /** "24–27 November 2023 (date inferred)" */
  dateInferred: ({ date }: { date: string }) => `${date} (date inferred)`,
  inferredBadge: 'inferred',
  opensInNewTab: '(opens in a new tab)',
  /** Between items of a run of details (", by Jane Doe, Reuters"). */
  comma: ', ',
  /** An event named with its date: "The truce is extended, 28–30 November 2023". */
  titleAndDate: ({ title, date }: { title: string; date: string }) => `${title}, ${date}`,
  close: 'Close',

  // ——— loading and failing
  loadingTimeline: 'Loading the timeline…',

  dismiss: 'Dismiss',

  // ——— the page's frame
  skipToTimeline: 'Skip to the timeline',
  skipToEvents: 'Skip to the list of every event',
  allTimelines: 'All timelines',
  otherHeadlines: "The article's other headlines",
  articleDate: 'Article date:',
  timesOfDay: ({ zone }: { zone: string }) => `Times of day are ${zone}.`,
  /** "Bangkok time": a time's zone named by its city. */
  cityTime: ({ city }: { city: string }) => `${city} time`,
  /** The article named in a line of text: "the article “Headline”". */
  theArticle: ({ headline }: { headline: string }) => `the article “${headline}”`,
  byline: ({ name }: { name: string }) => `by ${name}`,
  missingPublisher: 'publisher',
  missingDate: 'publication date',
  notGiven: ({ missing, count }: { missing: readonly string[]; count: number }, f: Formats) =>
    ` (its ${f.list(missing)} ${f.plural(count, { one: 'is', other: 'are' })} not given)`,

  // ——— the embed's frame and credit
  embedHeading: ({ title }: { title: string }) => `Timeline: ${title}`,

  // ——— the embed dialog
  embedButton: 'Embed',
  loadingEmbedCode: 'Loading the embed code…',
  embedWholeStory: 'the whole story',
  embedZoomed: ({ state }: { state: string }) => `${state}, zoomed as it is now`,

  // ——— sharing

  // ——— the chart
  timeline: 'Timeline',
  /** The chart's heading; `range` is its first to last day. */
  timelineRange: ({ range }: { range: string }) => `Timeline, ${range}`,
  showing: ({ range }: { range: string }) => `Showing ${range}`,
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Reset',
  lanes: 'Lanes',
  marksGroup: 'Events in view. Arrow keys move between events, Enter selects, + and − zoom.',
  noEventsHere: 'No events in this stretch. Go to the nearest',
  overview: 'Part of the story in view',
  caption: ({ source }: { source: string }) => `Source: ${source}. Each mark is an event it reports; dates marked inferred are worked out from its words.`,
  howTo:
    'Zoom with Ctrl or ⌘ and the scroll wheel, a pinch, a double-click, the buttons, or the + and − keys; drag to pan. Arrow keys move from event to event, Home and End go to the first and last, Enter selects.',
  /** A stretch the axis leaves out: "1 December 2023 to 16 January 2024 (47 days)". */
  axisBreak: ({ from, to, length }: { from: string; to: string; length: string }) => `${from} to ${to} (${length})`,
  axisBreaks: ({ breaks }: { breaks: readonly string[] }, f: Formats) => `The axis is shortened where nothing happens for a long stretch: ${f.list(breaks)}.`,
  /** A mark's spoken label: its date, its title and figures, its kind. */
  markLabel: ({ date, words, kind }: { date: string; words: readonly string[]; kind: string }) => `${date}: ${words.join(', ')}. ${kind}`,
  clusterOn: ({ count, lane, day }: { count: number; lane: string; day: string }, f: Formats) =>
    `${f.number(count)} ${f.plural(count, { one: 'event', other: 'events' })} in ${lane} on ${day}.`,
  clusterFromTo: ({ count, lane, from, to }: { count: number; lane: string; from: string; to: string }, f: Formats) =>
    `${f.number(count)} ${f.plural(count, { one: 'event', other: 'events' })} in ${lane} from ${from} to ${to}.`,
  clusterZoom: 'Activate to zoom to them',
  clusterList: 'Activate to list them',

  // ——— Previous / Next

  // ——— the selected event
  selected: ({ title, date }: { title: string; date: string }) => `Selected: ${title}, ${date}`,

  // ——— the article

  // ——— the figures

  // ——— the list

  // ——— the page's description (its tab's title above)

  // ——— the site's index of stories (in the site's language)

  // ——— a long story's regions while they are set out (a story of 1,000 events or more: its first view says them)
  /** A region below the chart whose code could not be fetched (the network dropped, a new release replaced it). */
  partUnavailable: 'This part of the page could not be loaded. Reload the page to try again.',
} satisfies Record<string, Message>;

/**
 * The words only the build writes: social cards, structured data, the 404 page, the index of
 * stories and the old addresses' pages. Apart from the app's, so no page's script carries them.
 */
export const enPages = {
  storyDescription: ({ source }: { source: string }) => `A timeline of ${source}, every event and figure linked to the article’s own words.`,
  storyImageAlt: ({ title, count }: { title: string; count: number }, f: Formats) =>
    `${title}: a timeline of ${f.number(count)} ${f.plural(count, { one: 'event', other: 'events' })}`,
  cardTimeline: 'Sourceline · Timeline',
  cardKind: ({ kind }: { kind: string }) => `Sourceline · ${kind}`,
  cardEvents: ({ count }: Count, f: Formats) => `${f.number(count)} ${f.plural(count, { one: 'event', other: 'events' })}, each linked to the article’s own words`,
  cardSource: ({ source }: { source: string }) => `Source: ${source}`,
  jsonLdEvents: ({ title }: { title: string }) => `Events in “${title}”`,
  jsonLdInferred: ({ note }: { note: string }) => `Date inferred: ${note}`,
  // ——— the 404 page
  notFoundTitle: 'Page not found · Sourceline',
  notFound: 'Page not found',
  notFoundStory: ({ title, home }: { title: string; home: string }) => `There is no page at this address. The timeline of “${title}” is at ${home}.`,
  notFoundSite: ({ home }: { home: string }) => `There is no page at this address. The timelines are at ${home}.`,
  // ——— the site's own pages: its index's preview and card, the old addresses' pages
  indexTitle: 'Timelines · Sourceline',
  indexDescription: ({ count, titles }: { count: number; titles: string }, f: Formats) =>
    `${f.number(count)} ${f.plural(count, { one: 'timeline', other: 'timelines' })} made from news articles, every event and figure linked to the article’s own words: ${titles}.`,
  indexImageAlt: ({ count }: Count, f: Formats) => `Sourceline: ${f.number(count)} ${f.plural(count, { one: 'timeline', other: 'timelines' })}`,
  indexCardTitle: ({ count }: Count, f: Formats) => `${f.number(count)} ${f.plural(count, { one: 'timeline', other: 'timelines' })}, every figure linked to its words`,
  indexCardEyebrow: 'Sourceline · Timelines',
  indexCardSource: 'Each made from one news article, every event and figure linked to the words that state it',
  movedTitle: 'This page has moved',
  movedTo: ({ title }: { title: string }) => `“${title}” is now at `,
} satisfies Record<string, Message>;
