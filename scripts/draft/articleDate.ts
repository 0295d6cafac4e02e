import * as chrono from 'chrono-node';
import type { TextSpan } from '../../src/shared/article/structure.ts';
import { datelineOf } from '../data/coverage.ts';
import { isoDay, spokenDay } from './days.ts';

/**
 * The article's own date, read from its first paragraphs: a line that is only a date
 * ("Tuesday, December 30, 2014", "30 December 2014"), a "Published …" line, or a dateline that
 * gives day, month and year ("LONDON, Feb. 15, 2014 (Reuters) —"). Every relative date of the
 * draft counts from it, so the draft says where it found it, and the editor may give another.
 */

export interface FoundArticleDate {
  day: string;
  /** The paragraph it was read from. */
  paragraph: TextSpan;
  /** The words that state it. */
  words: string;
}

/** A paragraph that is nothing but a date, or opens with a dated dateline or "Published". */
export function findArticleDate(paragraphs: readonly TextSpan[]): FoundArticleDate | null {
  for (const paragraph of paragraphs.slice(0, 3)) {
    const text = paragraph.text;
    const candidates: string[] = [];
    if (text.length <= 60) candidates.push(text.replace(/^(?:published|updated|posted)(?: on)?:?\s*/i, ''));
    const dateline = datelineOf(paragraph);
    if (dateline) candidates.push(dateline.text);
    const published = /^(?:published|posted)(?: on)?:?\s*([^\n]{6,60})/i.exec(text);
    if (published?.[1]) candidates.push(published[1]);
    for (const candidate of candidates) {
      const [parsed] = chrono.parse(candidate, { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 });
      const s = parsed?.start;
      if (!parsed || !s?.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) continue;
      // A line that is only a date: nothing but the date and a weekday around it.
      if (candidate === text && text.replace(parsed.text, '').replace(/[\s,.]|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/g, '') !== '') continue;
      return { day: isoDay(s.get('year') ?? 0, s.get('month') ?? 1, s.get('day') ?? 1), paragraph, words: parsed.text };
    }
  }
  return null;
}

/** The note an article date read from the text carries. */
export function articleDateNote(found: FoundArticleDate): string {
  return `The article is dated “${found.words}” (${spokenDay(found.day)}).`;
}
