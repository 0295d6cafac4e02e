import { useQuery } from '@tanstack/react-query';
import { isSiteIndex, type SiteIndex } from '../../shared/schema/stories';

/** Fetches the site's list of stories; null when there is none (a site built before it had one). */
async function loadSiteIndex(url: string, fetchImpl: typeof fetch = fetch): Promise<SiteIndex | null> {
  try {
    const response = await fetchImpl(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) return null;
    const data: unknown = await response.json();
    return isSiteIndex(data) ? data : null;
  } catch {
    return null;
  }
}

/**
 * The site's list of its stories (`data/stories.json` at its root), for a page without its data
 * inline at the site's root: with several stories, that page is their index. Without a list, the
 * root is the one story it always was.
 */
export function useSiteIndex(siteUrl: string) {
  const url = new URL('data/stories.json', siteUrl).href;
  return useQuery<SiteIndex | null>({ queryKey: ['stories', url], queryFn: () => loadSiteIndex(url) });
}
