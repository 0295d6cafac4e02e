import { useRef, useState } from 'react';
import type { UrlNotice } from './location/appUrl';
import { noticeParts } from './location/noticeText';
import { useMessages, useStoryLanguage, useUiLang } from '../shared/ui/storyLanguage';

/**
 * Says, without blocking anything, which parts of the link were ignored. A status region, not an
 * alert: the story is shown, and the reader can dismiss the message. Dismissing moves focus on
 * to what follows the notice (the timeline's region, which takes focus), not lost with the button.
 * The link's own words are quoted in `<bdi>`, so whatever their direction, the sentence around
 * them reads as written.
 */
export function UrlNotices({ notices }: { notices: readonly UrlNotice[] }) {
  const t = useMessages();
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
      {visible.length > 0 && (
        <div className="url-notice" lang={uiLang}>
          <ul>
            {visible.map((notice, index) => {
              const { before, value, after } = noticeParts(notice, t, lang);
              return (
                <li key={`${notice.param}-${index}`}>
                  {before}
                  <bdi className="url-notice__value">{value}</bdi>
                  {after}
                </li>
              );
            })}
          </ul>
          <button type="button" className="button button--quiet" onClick={dismiss}>
            {t.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
