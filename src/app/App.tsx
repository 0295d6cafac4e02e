import { lazy, Suspense } from 'react';
import type { ResolvedTimeline } from '../shared/schema/kinds';
import { parseAppUrl } from './location/appUrl';
import { LoadingMessage, StoryStatus } from './StoryStatus';
import { StoryView } from './StoryView';
// The index of stories is a page of its own, prerendered without the app: its styles go in the one
// stylesheet every page inlines.
import '../features/stories/stories.css';

/** Fetching the timeline (react-query, the validator, the error messages): only a page without its data inline loads it. */
const FetchedStory = lazy(() => import('./FetchedStory'));

export interface AppProps {
  /** The page's URL: `location.href` in a browser, the page being prerendered on the server. */
  initialUrl: string;
  /** The story's own folder (ends with `/`); its pages and data are found relative to it. */
  baseUrl: string;
  /** The site's root (ends with `/`): `embed.js`, and with several stories their index. */
  siteUrl: string;
  /** The validated timeline a prerendered page carries; without it the app fetches the file. */
  initialTimeline?: ResolvedTimeline;
}

/** The app shell: the story, from the data the page carries, or fetched. */
export function App({ initialUrl, baseUrl, siteUrl, initialTimeline }: AppProps) {
  if (initialTimeline) return <StoryView initialUrl={initialUrl} baseUrl={baseUrl} siteUrl={siteUrl} timeline={initialTimeline} />;
  const { embed } = parseAppUrl(new URL(initialUrl), new URL(baseUrl)).state;
  return (
    <Suspense
      fallback={
        <StoryStatus embed={embed}>
          <LoadingMessage />
        </StoryStatus>
      }
    >
      <FetchedStory initialUrl={initialUrl} baseUrl={baseUrl} siteUrl={siteUrl} embed={embed} />
    </Suspense>
  );
}
