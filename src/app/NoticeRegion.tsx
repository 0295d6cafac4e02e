import { lazy, Suspense, use } from 'react';
import type { UrlNotice } from './location/appUrl';
import { laterReady } from '../shared/i18n/laterCatalogues';
import { useStoryLanguage } from '../shared/ui/storyLanguage';

const UrlNotices = lazy(() => import('./UrlNotices').then((module) => ({ default: module.UrlNotices })));

/** The region where notices about a link go, empty: a status region is in the page before anything is said in it. */
const EmptyRegion = () => <div role="status" className="url-notice-region" />;

/** The notices, once their words in the story's language have come. */
function Notices({ notices, lang }: { notices: readonly UrlNotice[]; lang: string }) {
  use(laterReady(lang));
  return <UrlNotices notices={notices} />;
}

/**
 * The notices about a link (`UrlNotices`), loaded only for a link that needs one, with their words
 * in the story's language: a page opened on a sound link carries neither in its first script.
 */
export function NoticeRegion({ notices }: { notices: readonly UrlNotice[] }) {
  const lang = useStoryLanguage();
  if (notices.length === 0) return <EmptyRegion />;
  return (
    <Suspense fallback={<EmptyRegion />}>
      <Notices notices={notices} lang={lang} />
    </Suspense>
  );
}
