import { Suspense } from 'react';
import type { UrlNotice } from './location/appUrl';
import { useStoryLanguage } from '../shared/ui/storyLanguage';
import { useLaterMessages } from '../shared/ui/useLaterMessages';
import { lazyPart } from '../shared/ui/lazyPart';

/** The notices and their words come only with a link that has something to tell (see `main.tsx`, which fetches both first then). */
export const noticeList = lazyPart(() => import('./NoticeList').then((module) => module.default));
const NoticeList = noticeList.Component;

/**
 * Says, without blocking anything, which parts of the link were ignored. A status region, not an
 * alert: the story is shown, and the reader can dismiss the message (`NoticeList`). The region is
 * always there, so what comes into it is announced; the notices' code and words are among those
 * no first view needs: the app's entry fetches them before it starts whenever the link holds
 * something to tell, so a notice is there with the first frame the reader can tab through.
 */
export function UrlNotices({ notices }: { notices: readonly UrlNotice[] }) {
  const words = useLaterMessages(notices.length > 0);
  const lang = useStoryLanguage();
  return (
    <div role="status" className="url-notice-region">
      {notices.length > 0 && words && (
        <Suspense fallback={null}>
          <NoticeList notices={notices} words={words} lang={lang} />
        </Suspense>
      )}
    </div>
  );
}
