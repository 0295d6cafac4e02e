import { Suspense, useRef, useState } from 'react';
import type { UrlNotice } from './location/appUrl';
import { useMessages, useStoryLanguage, useUiLang } from '../shared/ui/storyLanguage';
import { useLaterMessages } from '../shared/ui/useLaterMessages';
import { lazyPart } from '../shared/ui/lazyPart';

/** The list and its words come only with a link that has something to tell (see `main.tsx`, which fetches both first then). */
export const noticeList = lazyPart(() => import('./NoticeList').then((module) => module.default));
const NoticeList = noticeList.Component;

/**
 * Says, without blocking anything, which parts of the link were ignored. A status region, not an
 * alert: the story is shown, and the reader can dismiss the message. Dismissing moves focus on
 * to what follows the notice (the timeline's region, which takes focus), not lost with the button.
 * The link's own words are quoted in `<bdi>`, so whatever their direction, the sentence around
 * them reads as written. Their words are among those no first view needs: the app's entry fetches
 * them before it starts whenever the link holds something to tell, so a notice is there with the
 * first frame the reader can tab through.
 */
export function UrlNotices({ notices }: { notices: readonly UrlNotice[] }) {
  const t = useMessages();
  const words = useLaterMessages(notices.length > 0);
  const lang = useStoryLanguage();
  const uiLang = useUiLang();
  const [dismissed, setDismissed] = useState<readonly UrlNotice[] | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const visible = dismissed === notices ? [] : notices;
  const dismiss = () => {
    const next = region.current?.nextElementSibling;
    if (next instanceof HTMLElement && next.hasAttribute('tabindex')) next.focus();
    setDismissed(notices);
  };
  return (
    <div role="status" className="url-notice-region" ref={region}>
      {visible.length > 0 && words && (
        <Suspense fallback={null}>
          <div className="url-notice" lang={uiLang}>
            <NoticeList notices={visible} words={words} lang={lang} />
            <button type="button" className="button button--quiet" onClick={dismiss}>
              {t.dismiss}
            </button>
          </div>
        </Suspense>
      )}
    </div>
  );
}
