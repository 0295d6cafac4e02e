import type { UrlNotice } from './location/appUrl';
import { noticeParts } from './location/noticeText';
import type { Bound, LaterMessages } from '../shared/i18n/messages';

interface NoticeListProps {
  notices: readonly UrlNotice[];
  /** The notices' words, in the interface's language. */
  words: Bound<LaterMessages>;
  /** The story's language, for a view's dates. */
  lang: string;
}

/**
 * The notices themselves, each the app's words around the link's own value in `<bdi>`. A chunk of
 * its own, with the words: a link with nothing to tell never downloads either.
 */
export default function NoticeList({ notices, words, lang }: NoticeListProps) {
  return (
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
  );
}
