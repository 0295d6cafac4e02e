import { useState, type MouseEvent } from 'react';
import type { UrlNotice } from './location/appUrl';
import { noticeParts } from './location/noticeText';
import type { Bound, LaterMessages } from '../shared/i18n/messages';
import { useMessages, useUiLang } from '../shared/ui/storyLanguage';

interface NoticeListProps {
  notices: readonly UrlNotice[];
  /** The notices' words, in the interface's language. */
  words: Bound<LaterMessages>;
  /** The story's language, for a view's dates. */
  lang: string;
}

/**
 * The notices themselves, each the app's words around the link's own value in `<bdi>`, and the
 * button that dismisses them. Dismissing moves focus on to what follows the notices' region (the
 * timeline's region, which takes focus), not lost with the button. A chunk of its own, with the
 * words: a link with nothing to tell never downloads either.
 */
export default function NoticeList({ notices, words, lang }: NoticeListProps) {
  const t = useMessages();
  const uiLang = useUiLang();
  const [dismissed, setDismissed] = useState<readonly UrlNotice[] | null>(null);
  if (dismissed === notices) return null;
  const dismiss = (event: MouseEvent<HTMLButtonElement>) => {
    const next = event.currentTarget.closest('.url-notice-region')?.nextElementSibling;
    if (next instanceof HTMLElement && next.hasAttribute('tabindex')) next.focus();
    setDismissed(notices);
  };
  return (
    <div className="url-notice" lang={uiLang}>
      <ul>
        {notices.map((notice, index) => {
          const { before, value, after } = noticeParts(notice, words, lang);
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
  );
}
