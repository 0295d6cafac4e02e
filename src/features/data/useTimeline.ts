import { useQuery } from '@tanstack/react-query';
import { timelineDataUrl } from './dataUrl';
import { loadTimeline } from './loadTimeline';

/** The story's timeline, loaded once relative to the app's base and validated. */
export function useTimeline() {
  const url = timelineDataUrl();
  return useQuery({ queryKey: ['timeline', url], queryFn: () => loadTimeline(url) });
}
