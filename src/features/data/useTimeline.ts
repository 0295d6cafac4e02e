import { useQuery } from '@tanstack/react-query';
import { loadTimeline } from './loadTimeline';
import type { Timeline } from './schema';

/**
 * The story's timeline, validated. A prerendered page hands it in as `initial` (already
 * validated), so the first view needs no request; otherwise `data/timeline.json` is fetched once,
 * relative to the app's base (`baseUrl`), so the build works from any sub-path of a static host.
 */
export function useTimeline(baseUrl: string, initial?: Timeline) {
  const url = new URL('data/timeline.json', baseUrl).href;
  return useQuery({ queryKey: ['timeline', url], queryFn: () => loadTimeline(url), initialData: initial });
}
