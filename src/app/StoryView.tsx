import { useState } from 'react';
import { useTimeline } from '../features/data/useTimeline';
import { LoadErrorAlert } from '../features/data/LoadErrorAlert';
import { EventList } from '../features/events/EventList';
import { StoryHeader } from '../features/story/StoryHeader';

/**
 * Loads the timeline and lays out the story. The selected event lives here, in the shell, so
 * every feature that shows it reads the same selection.
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
      <main className="page" id="main">
        <EventList events={timeline.events} selectedId={selectedId} onSelect={setSelectedId} />
      </main>
      <footer className="page site-footer">
        <p>
          Source: the article “{timeline.story.title}” (<code>{timeline.story.seed}</code>). Every figure links to the words
          that state it.
        </p>
      </footer>
    </>
  );
}
