import { useState } from 'react';
import { useTimeline } from '../features/data/useTimeline';
import { LoadErrorAlert } from '../features/data/LoadErrorAlert';
import { EventList } from '../features/events/EventList';
import { StoryHeader } from '../features/story/StoryHeader';
import { StoryFooter } from '../features/story/StoryFooter';

/**
 * Loads the timeline and lays out the story. The selected event lives here, in the shell, so
 * the chart, the detail, the article and the list all read one selection.
 *
 * Regions: the timeline across the top; below it the event detail and the article side by side
 * (stacked on a phone); then the chronological list, the chart's text equivalent.
 */
export function StoryView() {
  const query = useTimeline();
  const [selectedId, setSelectedId] = useState<string | null>(null);

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
  const timeline = query.data;
  return (
    <>
      <StoryHeader story={timeline.story} />
      <main className="page story-layout" id="main">
        <div className="story-layout__timeline">{/* The zoomable timeline. */}</div>
        <div className="story-layout__reading">
          <div className="story-layout__detail">{/* The selected event's detail and the figures. */}</div>
          <div className="story-layout__article">{/* The article with its quoted passages marked. */}</div>
        </div>
        <EventList events={timeline.events} selectedId={selectedId} onSelect={setSelectedId} />
      </main>
      <StoryFooter story={timeline.story} />
    </>
  );
}
