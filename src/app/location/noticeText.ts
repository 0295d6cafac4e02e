import type { UrlNotice } from './appUrl';

/** What a reader is told about a link parameter the app could not use. Values are quoted as text. */
export function noticeText(notice: UrlNotice): string {
  const value = `“${notice.value}”`;
  switch (notice.param) {
    case 'event':
      return notice.reason === 'unknown'
        ? `This link names an event, ${value}, that is not in this timeline: it may have been removed, or the link mistyped. The whole timeline is shown.`
        : `This link names an event as ${value}, which is not an event of this timeline. The whole timeline is shown.`;
    case 'view':
      return `This link’s view, ${value}, could not be read, so the whole story is shown.`;
    case 'embed':
      return `This link’s embed setting, ${value}, is not one this page knows (use 1 or 0); it was ignored.`;
    case 'theme':
      return `This link’s theme, ${value}, is not one this page knows (use light or dark); it was ignored.`;
  }
}
