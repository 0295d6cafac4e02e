import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState, type CSSProperties } from 'react';
import { kindTable, laneColourProperties, type ResolvedTimeline } from '../shared/schema/kinds';
import type { TimelineEvent } from '../shared/schema/schema';
import { TimelineChart } from '../features/timeline/TimelineChart';
import { EmbedButton } from '../features/embed/EmbedButton';
import { useDocumentMode } from '../features/embed/useDocumentMode';
import { useAppLocation, type AppLocation } from './location/useAppLocation';
import { useRestingView } from './location/useRestingView';
import { chartFrame, type ChartFrame } from '../features/timeline/model/frame';
import { pageTitle } from './meta/pageTitle';
import { UrlNotices } from './UrlNotices';
import { FullLayout } from './layout/FullLayout';
import { LARGE_STORY } from './layout/Deferred';
import { ReadingRegion } from './reading/ReadingRegion';
import { createReadingStore, type ReadingInputs } from './reading/readingStore';
import { usePainted } from './layout/usePainted';
import { StoryLanguage, useMessages } from '../shared/ui/storyLanguage';
import type { StoryRegions } from './layout/regions';
import { DEFAULT_LANGUAGE, textDirection } from '../shared/text/language';
import { interfaceFor } from '../shared/i18n/catalogues';
import { lazyPart } from '../shared/ui/lazyPart';
import { EmbedStoryUnavailable } from './layout/EmbedStatus';

interface StoryViewProps {
  initialUrl: string;
  /** The story's own folder (ends with `/`): its pages and links are relative to it. */
  baseUrl: string;
  /** The site's root, where `embed.js` is and, with several stories, their index (ends with `/`). */
  siteUrl: string;
  /** The story's timeline, validated, its vocabulary settled. */
  timeline: ResolvedTimeline;
}

// The story in an iframe: a chunk of its own, which a page read on its own never downloads (the
// app's entry fetches it before it starts at ?embed=1, so the embed draws in its first frame).
export const embedStory = lazyPart(() => import('./layout/EmbedStory').then((module) => module.default), EmbedStoryUnavailable);
const EmbedStory = embedStory.Component;

/**
 * Lays out the story. What is shown (the selected event, the view window,
 * the compact embed view, a forced colour scheme) comes from the URL, held by the shell, so the
 * chart, the detail, the article and the list all read one selection and every state has a link.
 * The regions are filled once here; `FullLayout` and `EmbedLayout` arrange them.
 */
export function StoryView({ initialUrl, baseUrl, siteUrl, timeline }: StoryViewProps) {
  const knownIds = useMemo(() => new Set(timeline.events.map((e) => e.id)), [timeline]);
  const kinds = useMemo(() => kindTable(timeline.vocabulary), [timeline]);
  const colours = useMemo(() => laneColourProperties(kinds) as CSSProperties, [kinds]);
  // The chart's frame of time (its breaks, the span it can show), worked out only when a link asks for a view.
  const viewBoundsOf = useMemo(() => {
    let frame: ChartFrame | null = null;
    return () => (frame ??= chartFrame(timeline.events, kinds));
  }, [timeline, kinds]);
  const location = useAppLocation(initialUrl, baseUrl, knownIds, viewBoundsOf);
  const { eventId: selectedId, embed, theme } = location.state;
  const { view } = location;
  // A selection made anywhere but the chart (the list, the article, the figures, Previous / Next,
  // the news page's link) also brings its event into view, titled: one action, not an effect.
  const { select: selectInUrl } = location;
  const select = useCallback(
    (id: string | null) => {
      selectInUrl(id);
      if (id !== null) view.request({ type: 'reveal', id });
    },
    [selectInUrl, view],
  );
  const selected = useMemo(() => timeline.events.find((e) => e.id === selectedId) ?? null, [timeline, selectedId]);

  const { hrefFor } = location;
  const eventHref = useCallback((id: string) => hrefFor({ eventId: id }), [hrefFor]);

  useDocumentMode(embed, theme);

  // The tab names what is shown, as the prerendered page for that event does.
  useEffect(() => {
    document.title = pageTitle(timeline.story, selected);
  }, [timeline, selected]);
  // The page speaks the story's language, as the prerendered page says (a story fetched, not inlined, sets it here).
  useEffect(() => {
    const lang = timeline.story.lang ?? DEFAULT_LANGUAGE;
    document.documentElement.lang = lang;
    document.documentElement.dir = textDirection(lang);
  }, [timeline]);

  const painted = usePainted();
  const { story, events } = timeline;
  // A large story draws its chart first; its long panels follow.
  const large = events.length >= LARGE_STORY;
  // What lies below the chart waits for its first frame (content-visibility); a story that is not
  // long is then laid out whole, so nothing moves under the reader as they scroll down to it.
  const whole = !large && painted;
  // The regions below the chart read what they show from a store, not from props (see ReadingStore).
  const { absoluteUrlFor } = location;
  const reading = useMemo<ReadingInputs>(
    () => ({ story, events, kinds, selectedId, select, eventHref, shareUrl: (id) => absoluteUrlFor({ eventId: id }), inline: embed, large }),
    [story, events, kinds, selectedId, select, eventHref, absoluteUrlFor, embed, large],
  );
  const [readingStore] = useState(() => createReadingStore(reading));
  useLayoutEffect(() => readingStore.set(reading), [readingStore, reading]);
  const regions = (shareUrl?: (id: string) => string): StoryRegions => ({
    notices: <UrlNotices notices={location.notices} />,
    // The chart selects through the URL alone: it brings its own selections into view.
    timeline: <TimelineChart events={events} story={story} kinds={kinds} selectedId={selectedId} onSelect={selectInUrl} view={view} />,
    steps: <ReadingRegion part="steps" store={readingStore} />,
    detail: <ReadingRegion part="detail" store={readingStore} shareUrl={shareUrl} />,
    figures: <ReadingRegion part="figures" store={readingStore} />,
    article: <ReadingRegion part="article" store={readingStore} />,
    list: <ReadingRegion part="list" store={readingStore} />,
    footer: <ReadingRegion part="footer" store={readingStore} />,
  });

  const language = useMemo(() => {
    const lang = timeline.story.lang ?? DEFAULT_LANGUAGE;
    return { lang, dir: textDirection(lang), ui: interfaceFor(lang) };
  }, [timeline]);
  if (embed) {
    // The iframe's title, in the interface's words ("Timeline: …"): the host script sets it as it comes.
    const frameTitle = language.ui.messages.embedHeading({ title: story.title });
    return (
      <StoryLanguage value={language}>
        <Suspense fallback={null}>
          <EmbedStory story={story} location={location} selectedId={selectedId} onSelect={select} frameTitle={frameTitle} regions={regions} colours={colours} whole={whole} />
        </Suspense>
      </StoryLanguage>
    );
  }
  return (
    <StoryLanguage value={language}>
      <FullLayout
        story={story}
        regions={regions()}
        colours={colours}
        whole={whole}
        // Relative, as every link between the site's pages is: a prerendered page reads the same under any host and sub-path.
        indexHref={siteUrl === baseUrl ? undefined : location.hrefTo(siteUrl)}
        tools={<EmbedTools storyTitle={story.title} location={location} selected={selected} siteUrl={siteUrl} />}
      />
    </StoryLanguage>
  );
}

/** The Embed button, its code for the selection and the view as it rests. */
function EmbedTools({ storyTitle, location, selected, siteUrl }: { storyTitle: string; location: AppLocation; selected: TimelineEvent | null; siteUrl: string }) {
  const t = useMessages();
  const view = useRestingView(location.view);
  const state = selected ? selected.title : t.embedWholeStory;
  const eventId = selected?.id ?? null;
  return (
    <EmbedButton
      storyTitle={storyTitle}
      stateLabel={view ? t.embedZoomed({ state }) : state}
      embedUrl={(forcedTheme) => location.absoluteUrlFor({ eventId, view, embed: true, theme: forcedTheme })}
      scriptUrl={new URL('embed.js', siteUrl).href}
    />
  );
}
