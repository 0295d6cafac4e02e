import { withoutBidiControls } from '../../shared/text/bidi';
import { formatDate } from '../../shared/time/calendar';
import type { UrlNotice } from './appUrl';
import { laterFor } from '../../shared/i18n/laterCatalogues';
import type { Bound, LaterMessages } from '../../shared/i18n/messages';

type NoticeWords = Bound<LaterMessages>;

/** The English words, for a notice written where none are given (they must have been loaded). */
function english(): NoticeWords {
  const words = laterFor(undefined);
  if (!words) throw new Error('Sourceline: the notices’ words are not loaded (loadLater first)');
  return words;
}

/** The most of a reader's value a notice quotes, in characters: enough to recognise it. */
export const QUOTED_VALUE_MAX = 80;

/**
 * A value from the link, as a notice quotes it: without direction controls (a U+202E in it would
 * reverse the app's own sentence), and cut to `QUOTED_VALUE_MAX` characters with an ellipsis, so a
 * 12,000-character parameter does not fill the screen. Cut between characters, never inside one.
 */
export function quotedValue(value: string): string {
  const characters = Array.from(withoutBidiControls(value));
  return characters.length > QUOTED_VALUE_MAX ? `${characters.slice(0, QUOTED_VALUE_MAX - 1).join('')}…` : characters.join('');
}

/**
 * A notice in three parts, the reader's value between the app's words, so the page can set the
 * value apart (in `<bdi>`, isolating its direction from the sentence's). Values are text, never markup.
 */
export interface NoticeParts {
  before: string;
  value: string;
  after: string;
}

/** `2023-11-20..2023-12-02` as words: "the nearest it can show, 20 November 2023 to 2 December 2023". */
function nearestView(view: string, t: NoticeWords, lang: string | undefined): string {
  const [start = '', end = ''] = view.split('..');
  try {
    return t.noticeViewNearest({ from: formatDate(start, { lang }), to: formatDate(end, { lang }) });
  } catch {
    // The app writes these views itself, so this is never expected: the days as written, then.
    return t.noticeViewNearest({ from: start, to: end });
  }
}

/**
 * What a reader is told about a link parameter the app could not use as it was, in the
 * interface's words `t`; a view's dates in the story's language `lang`.
 */
export function noticeParts(notice: UrlNotice, t: NoticeWords = english(), lang?: string): NoticeParts {
  const value = quotedValue(notice.value);
  switch (notice.param) {
    case 'event':
      return notice.reason === 'unknown'
        ? { before: t.noticeEventUnknownBefore, value, after: t.noticeEventUnknownAfter }
        : { before: t.noticeEventMalformedBefore, value, after: t.noticeEventMalformedAfter };
    case 'view':
      if (notice.reason === 'clamped') {
        const shown = notice.shown ? nearestView(notice.shown, t, lang) : t.noticeViewWhole;
        return { before: t.noticeViewBefore, value, after: t.noticeViewClampedAfter({ shown }) };
      }
      return { before: t.noticeViewBefore, value, after: t.noticeViewUnreadAfter };
    case 'embed':
      return { before: t.noticeEmbedBefore, value, after: t.noticeEmbedAfter };
    case 'theme':
      return { before: t.noticeThemeBefore, value, after: t.noticeThemeAfter };
  }
}

/** The notice as one sentence of plain text. */
export function noticeText(notice: UrlNotice, t?: NoticeWords, lang?: string): string {
  const { before, value, after } = noticeParts(notice, t, lang);
  return `${before}${value}${after}`;
}
