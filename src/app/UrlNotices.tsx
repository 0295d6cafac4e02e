import { useState } from 'react';
import type { UrlNotice } from './location/appUrl';
import { noticeText } from './location/noticeText';

/**
 * Says, without blocking anything, which parts of the link were ignored. A status region, not an
 * alert: the story is shown, and the reader can dismiss the message.
 */
export function UrlNotices({ notices }: { notices: readonly UrlNotice[] }) {
  const [dismissed, setDismissed] = useState<readonly UrlNotice[] | null>(null);
  const visible = dismissed === notices ? [] : notices;
  return (
    <div role="status" className="url-notice-region">
      {visible.length > 0 && (
        <div className="url-notice">
          <ul>
            {visible.map((notice, index) => (
              <li key={`${notice.param}-${index}`}>{noticeText(notice)}</li>
            ))}
          </ul>
          <button type="button" className="button button--quiet" onClick={() => setDismissed(notices)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
