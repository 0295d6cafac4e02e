/**
 * The interface's words that no first view needs: the embed dialog's, the load errors', the index
 * of stories' and the answers to a click (a copied link, a list of events at one time). A chunk of its own, fetched when one of them is
 * about to show, so a story's first script carries only what its first view says.
 */
import type { Formats, Message } from '../messages';

type Count = { count: number };

export const enLater = {
  // ——— the embed dialog (loaded with it)
  embedTitle: 'Embed this timeline',
  embedWhatBefore: 'Paste one of these into your page’s HTML. The embed opens on ',
  embedWhatAfter: ', makes no request to any other site and sets no cookies.',
  colourScheme: 'Colour scheme',
  schemeReader: 'The reader’s setting',
  schemeLight: 'Light',
  schemeDark: 'Dark',
  snippetScript: 'Script (recommended)',
  snippetScriptName: 'script snippet',
  snippetScriptHint: 'Sizes itself to its content and keeps links to events in your page’s address.',
  snippetPym: 'pym.js',
  snippetPymName: 'pym.js snippet',
  snippetPymHint: 'For pages that already load pym.js: it sizes the iframe the same way.',
  snippetIframe: 'Plain iframe',
  snippetIframeName: 'iframe snippet',
  snippetIframeHint: 'Where a page allows no scripts: a fixed height, scrolling inside when the timeline is taller.',
  previewWidth: 'Preview width',
  widthPixels: ({ count }: Count, f: Formats) => `${f.number(count)} px`,
  widthFull: 'Full width',
  preview: ({ title }: { title: string }) => `Preview: ${title}`,

  // ——— loading failed (a page without its data inline)
  retry: 'Retry',
  retrying: 'Retrying…',
  failedShown: 'The timeline could not be shown.',
  failedLoaded: 'The timeline could not be loaded.',
  failedNetwork: ({ url, detail }: { url: string; detail: string }) => `The request for ${url} did not reach the server (${detail}). Check your connection and try again.`,
  failedHttp: ({ status, url }: { status: string; url: string }) => `The server answered ${status} for ${url}.`,
  failedDamaged: 'The timeline file is damaged.',
  failedNotJson: ({ url, detail }: { url: string; detail: string }) => `${url} is not valid JSON (${detail}).`,
  failedInvalid: 'The timeline file has errors, so it is not shown.',
  failedChecks: ({ url, count }: { url: string; count: number }, f: Formats) =>
    `${url} failed ${f.number(count)} ${f.plural(count, { one: 'check', other: 'checks' })}:`,

  // ——— the site's index of stories (in the site's language)
  indexHeading: 'Timelines',
  indexIntro: 'Each timeline is made from one news article: every event, date and figure links to the words of the article that state it.',
  indexCount: ({ count }: Count, f: Formats) => `${f.number(count)} ${f.plural(count, { one: 'timeline', other: 'timelines' })}`,
  indexEvents: ({ count }: Count, f: Formats) => ` · ${f.number(count)} ${f.plural(count, { one: 'event', other: 'events' })}`,
  indexFrom: 'From the article',
  indexFooter: 'Sourceline: timelines in which every event, date and figure links to the words of the article that state it.',

  // ——— what answers the reader: a copied link, a mark's card, a list of events at one time
  linkCopyManually: 'The link could not be copied for you. It is selected: copy it with Ctrl+C (⌘C on a Mac).',
  linkCopied: 'Link copied',
  linkShared: 'Link shared',
  sameTime: ({ count }: Count, f: Formats) => `${f.number(count)} ${f.plural(count, { one: 'event', other: 'events' })} at the same time`,
  andMore: ({ count }: Count, f: Formats) => `and ${f.number(count)} more, in the list of every event below.`,

  // ——— a link the app could not use as it was (the reader's value goes between `before` and `after`);
  // fetched before the app starts whenever the link holds something the reader may need telling
  noticeEventUnknownBefore: 'This link names an event, “',
  noticeEventUnknownAfter: '”, that is not in this timeline: it may have been removed, or the link mistyped. The whole timeline is shown.',
  noticeEventMalformedBefore: 'This link names an event as “',
  noticeEventMalformedAfter: '”, which is not an event of this timeline. The whole timeline is shown.',
  noticeViewBefore: 'This link’s view, “',
  noticeViewClampedAfter: ({ shown }: { shown: string }) => `”, reaches beyond what the timeline shows (outside the story, or closer than it zooms), so it shows ${shown}.`,
  noticeViewNearest: ({ from, to }: { from: string; to: string }) => `the nearest it can show, ${from} to ${to}`,
  noticeViewWhole: 'the whole story',
  noticeViewUnreadAfter: '”, could not be read, so the whole story is shown.',
  noticeEmbedBefore: 'This link’s embed setting, “',
  noticeEmbedAfter: '”, is not one this page knows (use 1 or 0); it was ignored.',
  noticeThemeBefore: 'This link’s theme, “',
  noticeThemeAfter: '”, is not one this page knows (use light or dark); it was ignored.',

  // ——— the embed dialog's Copy buttons, and a mark's card (each loaded with them)
  copy: 'Copy',
  copied: 'Copied',
  copyManually: 'The code is selected: copy it with Ctrl+C (⌘C on a Mac).',
  cardInferred: ' · date inferred',
  dayOnly: 'The article gives the day, not the time: the bar shows the whole day.',

  // ——— the embed's folds and credit (fetched with the embed's chunk, before it starts)
  embedFiguresFold: 'Every figure in the article',
  embedListFold: 'Every event, as a list',
  creditBy: 'Timeline by Sourceline',
  creditFrom: ', from ',
  creditEnd: ': every figure links to the words that state it.',
  openFullTimeline: 'Open full timeline',

  // ——— the regions below the chart (loaded with them: src/app/reading)
  footerSource: 'Source: the article “',
  footerSourceEnd: '”',
  footerLicense: ', reused under ',
  footerEnd: '. Every figure links to the words that state it.',
  copyLink: 'Copy link',
  stepperLabel: 'Events one by one',
  stepCount: ({ count }: Count, f: Formats) => `${f.number(count)} ${f.plural(count, { one: 'event', other: 'events' })}`,
  stepWhere: ({ index, count }: { index: number; count: number }, f: Formats) => `Event ${f.number(index)} of ${f.number(count)}`,
  /**
   * Said after Previous / Next / First where there is room. Empty in a language whose word for
   * "event" would go before them: the short words stand alone there, as a slide show's do.
   */
  stepEvent: ' event',
  selectedEvent: 'Selected event',
  detailPrompt: 'Choose an event in the timeline or the list, or a highlighted passage of the article, to see its date, its figures and the article’s own words for it.',
  inArticleWords: 'In the article’s words',
  inTheArticle: 'In the article:',
  showInArticle: 'Show in article',
  quotePosition: ({ index, count }: { index: number; count: number }, f: Formats) => `quote ${f.number(index)} of ${f.number(count)}`,
  backToEvent: 'Back to the event',
  backToFigures: 'Back to the figures',
  theArticleHeading: 'The article',
  showArticle: 'Show the article',
  hideArticle: 'Hide the article',
  eventDetailLink: 'Event detail',
  articleHint: 'Highlighted words are quoted by events: select one to see its event.',
  passageQuotedBy: ({ count }: Count, f: Formats) => `${f.number(count)} ${f.plural(count, { one: 'event quotes', other: 'events quote' })} this passage`,
  eventsQuoting: 'Events quoting this passage',
  figuresHeading: 'Figures in the article',
  figuresIntro: 'Select a number to see its event and the words that state it.',
  barsNote: 'One scale from zero for every bar; each bar is labelled with its own number and what it counts.',
  /** The breakdown of a bar: "Of the 30 Palestinian prisoners". */
  ofTheWhole: ({ whole }: { whole: string }) => `Of the ${whole}`,
  listHeading: 'Every event, in date order',
  listFigures: ({ figures }: { figures: string }) => `Figures: ${figures}`,
  preparingFigures: 'Preparing the figures…',
  settingOutArticle: ({ done, count }: { done: number; count: number }, f: Formats) =>
    `Setting out the article: ${f.number(done)} of ${f.number(count)} ${f.plural(count, { one: 'paragraph', other: 'paragraphs' })} so far…`,
  listingEvents: ({ done, count }: { done: number; count: number }, f: Formats) => `Listing the events: ${f.number(done)} of ${f.number(count)} so far…`,
  share: 'Share…',
  previous: 'Previous',
  next: 'Next',
  first: 'First',
  figures: 'Figures',
  highlighted: 'Highlighted:',
  passages: ({ count }: Count, f: Formats) => `(${f.number(count)} ${f.plural(count, { one: 'passage', other: 'passages' })}).`,
} satisfies Record<string, Message>;
