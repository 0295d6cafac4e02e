import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { LoadErrorAlert } from '../features/data/LoadErrorAlert';
import { useTimeline } from '../features/data/useTimeline';
import { createQueryClient } from './queryClient';
import { StoryStatus, LoadingMessage } from './StoryStatus';
import { StoryView } from './StoryView';

interface FetchedStoryProps {
  initialUrl: string;
  baseUrl: string;
  /** Whether the page is the compact embed view, so its status fills the embed's frame. */
  embed: boolean;
}

/**
 * A page without its data inline (the dev server, an older build, a page saved without it):
 * the timeline is fetched with react-query, validated, and shown; a failure says what went
 * wrong with a Retry button. This module, react-query with it, loads only on such a page: a
 * prerendered page carries its data and never needs it.
 */
export default function FetchedStory(props: FetchedStoryProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Fetching {...props} />
    </QueryClientProvider>
  );
}

function Fetching({ initialUrl, baseUrl, embed }: FetchedStoryProps) {
  const query = useTimeline(baseUrl);
  if (query.data) return <StoryView initialUrl={initialUrl} baseUrl={baseUrl} timeline={query.data} />;
  return (
    <StoryStatus embed={embed}>
      {query.isError ? <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} /> : <LoadingMessage />}
    </StoryStatus>
  );
}
