import { memo, useCallback, useEffect, useMemo } from 'react';
import type { Timeline } from '../features/data/schema';
import { useTimeline } from '../features/data/useTimeline';
import { LoadErrorAlert } from '../features/data/LoadErrorAlert';
import { EventList } from '../features/events/EventList';
import { TimelineChart } from '../features/timeline/TimelineChart';
import { StoryHeader } from '../features/story/StoryHeader';
import { StoryFooter } from '../features/story/StoryFooter';
import { useAppLocation } from './location/useAppLocation';
import { pageMeta } from './meta/pageMeta';
import { UrlNotices } from './UrlNotices';
import { ShareActions } from '../features/share/ShareActions';
import { ArticlePanel } from '../features/article/ArticlePanel';
import { EventDetail } from '../features/article/EventDetail';
import { FiguresSection } from '../features/figures/FiguresSection';
import { formatDateRange } from '../shared/time/calendar';

// The view changes on every zoom frame; the heavy regions (the article, the figures, the list of
// every event) re-render only when their own props do.
const StableEventList = memo(EventList);
const StableArticlePanel = memo(ArticlePanel);
const StableFiguresSection = memo(FiguresSection);

interface StoryViewProps {
  initialUrl: string;
  baseUrl: string;
  initialTimeline: Timeline | undefined;
}

/**
 * Loads the timeline and lays out the story. What is shown (the selected event, the view window)
 * comes from the URL, held by the shell, so the chart, the detail, the article and the list all
 * read one selection and every state has a link.
 *
 * Regions: the timeline across the top; below it the event detail and the article side by side
 * (stacked on a phone); then the chronological list, the chart's text equivalent.
 */
export function StoryView({ initialUrl, baseUrl, initialTimeline }: StoryViewProps) {
  const query = useTimeline(baseUrl, initialTimeline);
  const timeline = query.data;
  const knownIds = useMemo(() => (timeline ? new Set(timeline.events.map((e) => e.id)) : null), [timeline]);
  const location = useAppLocation(initialUrl, baseUrl, knownIds);
  const selectedId = location.state.eventId;
  const selected = useMemo(() => timeline?.events.find((e) => e.id === selectedId) ?? null, [timeline, selectedId]);

  const { hrefFor } = location;
  const eventHref = useCallback((id: string) => hrefFor({ eventId: id }), [hrefFor]);

  // The tab names what is shown, as the prerendered page for that event does.
  useEffect(() => {
    if (timeline) document.title = pageMeta(timeline.story, selected).title;
  }, [timeline, selected]);

  if (query.isPending) {
    return (
      <main className="page" id="main">
        <p role="status" className="loading">Loading the timeline…</p>
      </main>
    );
  }
  if (query.isError) {
    return (
      <main className="page" id="main">
        <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      </main>
    );
  }
  const story = query.data.story;
  const events = query.data.events;
  return (
    <>
      <StoryHeader story={story} />
      <main className="page story-layout" id="main">
        <UrlNotices notices={location.notices} />
        <div className="story-layout__timeline">
          <TimelineChart
            events={events}
            story={story}
            selectedId={selectedId}
            onSelect={location.select}
            view={location.state.view}
            onViewChange={location.setView}
          />
        </div>
        <div className="story-layout__reading">
          <div className="story-layout__detail">
            <EventDetail
              story={story}
              events={events}
              selectedId={selectedId}
              actions={
                selected && (
                  <ShareActions
                    url={location.absoluteUrlFor({ eventId: selected.id })}
                    title={selected.title}
                    text={formatDateRange(selected.start, selected.end)}
                  />
                )
              }
            />
            <StableFiguresSection story={story} events={events} selectedId={selectedId} onSelect={location.select} eventHref={eventHref} />
          </div>
          <div className="story-layout__article">
            <StableArticlePanel story={story} events={events} selectedId={selectedId} onSelect={location.select} eventHref={eventHref} />
          </div>
        </div>
        <StableEventList events={events} selectedId={selectedId} onSelect={location.select} />
      </main>
      <StoryFooter story={story} />
    </>
  );
}
