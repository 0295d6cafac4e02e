import { QueryClient } from '@tanstack/react-query';

/**
 * One static file, so no background refetching; a failure is shown at once with a Retry button
 * rather than hidden behind silent retries.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false },
    },
  });
}
