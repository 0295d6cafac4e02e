import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { LoadErrorAlert } from '../features/data/LoadErrorAlert';
import { useSiteIndex } from '../features/data/useSiteIndex';
import { useTimeline } from '../features/data/useTimeline';
import { StoryIndex } from '../features/stories/StoryIndex';
import { createQueryClient } from './queryClient';
import { StoryStatus, LoadingMessage } from './StoryStatus';
import { StoryView } from './StoryView';
import { resolveTimeline } from '../shared/schema/storyVocabulary';
import { enLater } from '../shared/i18n/later/en';
import { registerLater } from '../shared/i18n/laterCatalogues';

// This page's failures and the index of stories speak English at once (no language is known yet, and the index is the site's).
registerLater('en', enLater);

interface FetchedStoryProps {
  initialUrl: string;
  baseUrl: string;
  siteUrl: string;
  /** Whether the page is the compact embed view, so its status fills the embed's frame. */
  embed: boolean;
}

/**
 * A page without its data inline (the dev server, an older build, a page saved without it):
 * the timeline is fetched with react-query, validated, and shown; a failure says what went
 * wrong with a Retry button. At the site's root of several stories, their index is shown instead.
 * This module, react-query with it, loads only on such a page: a prerendered page carries its
 * data and never needs it.
 */
export default function FetchedStory(props: FetchedStoryProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      {props.baseUrl === props.siteUrl ? <AtSiteRoot {...props} /> : <Fetching {...props} />}
    </QueryClientProvider>
  );
}

/** The site's root: the index when the site has several stories; its one story otherwise (or when it has no index). */
function AtSiteRoot(props: FetchedStoryProps) {
  const index = useSiteIndex(props.siteUrl);
  if (index.isPending) return <Status embed={props.embed} />;
  const stories = index.data?.stories ?? [];
  if (stories.length > 1 && !props.embed) return <StoryIndex stories={stories} />;
  return <Fetching {...props} />;
}

function Status({ embed }: { embed: boolean }) {
  return (
    <StoryStatus embed={embed}>
      <LoadingMessage />
    </StoryStatus>
  );
}

function Fetching({ initialUrl, baseUrl, siteUrl, embed }: FetchedStoryProps) {
  const query = useTimeline(baseUrl);
  if (query.data) return <StoryView initialUrl={initialUrl} baseUrl={baseUrl} siteUrl={siteUrl} timeline={resolveTimeline(query.data)} />;
  return (
    <StoryStatus embed={embed}>
      {query.isError ? <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} /> : <LoadingMessage />}
    </StoryStatus>
  );
}
