import { useQuery } from '@tanstack/react-query';
import { loadTimeline } from './loadTimeline';
import { loadCatalogue } from '../../shared/i18n/catalogues';
import type { Timeline } from '../../shared/schema/schema';

/**
 * The story's timeline, fetched once from `data/timeline.json` and validated, relative to the
 * app's base (`baseUrl`), so the build works from any sub-path of a static host. (A prerendered
 * page carries its timeline and never calls this.)
 */
export function useTimeline(baseUrl: string) {
  const url = new URL('data/timeline.json', baseUrl).href;
  return useQuery<Timeline>({
    queryKey: ['timeline', url],
    queryFn: async () => {
      const timeline = await loadTimeline(url);
      // The interface's words in the story's language come with it (English, if they cannot be had).
      await loadCatalogue(timeline.story.lang).catch(() => undefined);
      return timeline;
    },
  });
}
