import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from './queryClient';
import { StoryView } from './StoryView';

/** The app shell: providers, then the story. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <StoryView />
    </QueryClientProvider>
  );
}
