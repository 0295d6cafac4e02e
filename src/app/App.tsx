import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { Timeline } from '../features/data/schema';
import { createQueryClient } from './queryClient';
import { StoryView } from './StoryView';

export interface AppProps {
  /** The page's URL: `location.href` in a browser, the page being prerendered on the server. */
  initialUrl: string;
  /** The app's own folder (ends with `/`); pages and data are found relative to it. */
  baseUrl: string;
  /** The validated timeline a prerendered page carries; without it the app fetches the file. */
  initialTimeline?: Timeline;
}

/** The app shell: providers, then the story. */
export function App({ initialUrl, baseUrl, initialTimeline }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <StoryView initialUrl={initialUrl} baseUrl={baseUrl} initialTimeline={initialTimeline} />
    </QueryClientProvider>
  );
}
