import { withoutBidiControls } from '../../shared/text/bidi';
import { formatDate } from '../../shared/time/calendar';
import type { UrlNotice } from './appUrl';

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

/** `2023-11-20..2023-12-02` as words: "20 November 2023 to 2 December 2023". */
function viewInWords(view: string): string {
  const [start = '', end = ''] = view.split('..');
  try {
    return `${formatDate(start)} to ${formatDate(end)}`;
  } catch {
    return view;
  }
}

/** What a reader is told about a link parameter the app could not use as it was. */
export function noticeParts(notice: UrlNotice): NoticeParts {
  const value = quotedValue(notice.value);
  switch (notice.param) {
    case 'event':
      return notice.reason === 'unknown'
        ? { before: 'This link names an event, “', value, after: '”, that is not in this timeline: it may have been removed, or the link mistyped. The whole timeline is shown.' }
        : { before: 'This link names an event as “', value, after: '”, which is not an event of this timeline. The whole timeline is shown.' };
    case 'view':
      if (notice.reason === 'clamped') {
        const shown = notice.shown ? `the nearest it can show, ${viewInWords(notice.shown)}` : 'the whole story';
        return { before: 'This link’s view, “', value, after: `”, reaches beyond what the timeline shows (outside the story, or closer than it zooms), so it shows ${shown}.` };
      }
      return { before: 'This link’s view, “', value, after: '”, could not be read, so the whole story is shown.' };
    case 'embed':
      return { before: 'This link’s embed setting, “', value, after: '”, is not one this page knows (use 1 or 0); it was ignored.' };
    case 'theme':
      return { before: 'This link’s theme, “', value, after: '”, is not one this page knows (use light or dark); it was ignored.' };
  }
}

/** The notice as one sentence of plain text. */
export function noticeText(notice: UrlNotice): string {
  const { before, value, after } = noticeParts(notice);
  return `${before}${value}${after}`;
}
