import * as chrono from 'chrono-node';
import { formatDate } from '../../src/shared/time/calendar.ts';

/**
 * Checks that a date an event calls `stated` is stated by its quotes. Dates in the words are read
 * with chrono-node (month names and abbreviations such as "Sept.", ordinals, "23/06/2018", ranges
 * such as "June 23 to July 10"); what chrono cannot know is decided here, the way a news article
 * is read: a weekday ("on Monday") or a relative day ("yesterday", "a week ago") is counted from
 * the article's date, a weekday may be up to six days either side of it, and a day and month
 * without a year ("June 23") take the year that puts them nearest the article's date.
 */

/** The article's date, and whether the article states it or it was worked out. */
export interface ArticleDate {
  day: string;
  basis: 'stated' | 'inferred';
}

/** A day the words state, with the words and where its year comes from. */
interface StatedDay {
  day: string;
  words: string;
  yearFrom?: 'article';
}

export type DateCheck = { ok: true; note?: string } | { ok: false; message: string };

const MS_PER_DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The days one date expression in the words can name. */
function daysOf(component: chrono.ParsedComponents, words: string, tags: Set<string>, article: ArticleDate | undefined): StatedDay[] {
  const relative = [...tags].some((tag) => tag.startsWith('result/relativeDate') || tag.startsWith('casualReference'));
  const [year, month, day] = [component.get('year'), component.get('month'), component.get('day')];
  if (relative) return article && year && month && day ? [{ day: `${year}-${pad(month)}-${pad(day)}`, words }] : [];
  if (component.isCertain('day') && component.isCertain('month') && month && day) {
    if (component.isCertain('year') && year) return [{ day: `${year}-${pad(month)}-${pad(day)}`, words }];
    if (!article) return [{ day: `????-${pad(month)}-${pad(day)}`, words }];
    // The year that puts the day and month nearest the article's date.
    const articleYear = Number(article.day.slice(0, 4));
    const candidates = [articleYear - 1, articleYear, articleYear + 1].map((y) => `${y}-${pad(month)}-${pad(day)}`);
    const nearest = candidates.reduce((best, c) => (Math.abs(dayMs(c) - dayMs(article.day)) < Math.abs(dayMs(best) - dayMs(article.day)) ? c : best));
    return [{ day: nearest, words, yearFrom: 'article' }];
  }
  const weekday = component.get('weekday');
  if (component.isCertain('weekday') && weekday !== null && article) {
    // "on Friday" in an article of Tuesday is most often the Friday before; "on Friday" in a
    // preview, the Friday after: both are stated by the words, so both are accepted.
    const base = dayMs(article.day);
    return [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6]
      .map((offset) => base + offset * MS_PER_DAY)
      .filter((ms) => new Date(ms).getUTCDay() === weekday)
      .map((ms) => ({ day: isoDay(ms), words }));
  }
  return [];
}

/** Every day the quotes state, read against the article's date. */
export function statedDays(quotes: readonly string[], article: ArticleDate | undefined): StatedDay[] {
  const instant = new Date(`${article?.day ?? '2000-01-01'}T12:00:00Z`);
  return quotes.flatMap((text) =>
    chrono.parse(text, { instant, timezone: 0 }).flatMap((result) => {
      const tags = result.tags();
      return [result.start, result.end].flatMap((component) => (component ? daysOf(component, result.text.trim(), tags, article) : []));
    }),
  );
}

/**
 * Checks one stated day (the date part of `start` or `end`) against the quotes. When the words
 * give the day and month but no year, the year is the article's, and the note says so.
 */
export function checkStatedDate(value: string, quotes: readonly string[], article: ArticleDate | undefined): DateCheck {
  const day = value.slice(0, 10);
  const days = statedDays(quotes, article);
  const match = days.find((d) => d.day === day);
  if (match) {
    if (match.yearFrom !== 'article' || !article) return { ok: true };
    if (article.basis !== 'stated') {
      return {
        ok: false,
        message: `${value} is marked stated, but the quote gives "${match.words}" without a year and the article's date (${article.day}) is itself inferred; mark the date inferred and say so in dateNote`,
      };
    }
    return { ok: true, note: `The article says “${match.words}”; the year, ${day.slice(0, 4)}, is the article's own (it is dated ${formatDate(article.day)}).` };
  }
  const withoutYear = days.find((d) => d.day.startsWith('????') && d.day.slice(5) === day.slice(5));
  if (withoutYear) {
    return {
      ok: false,
      message: `${value} is marked stated, but the quote gives "${withoutYear.words}" without a year and the story has no date to take it from; add story.date, or mark the date inferred with a dateNote`,
    };
  }
  if (days.length === 0) {
    return { ok: false, message: `${value} is marked stated, but its quotes state no date${article ? '' : ' (a weekday or "yesterday" needs the article\'s date, story.date)'}; quote the words that state it, or mark the date inferred with a dateNote` };
  }
  const byWords = new Map<string, string[]>();
  for (const d of days) byWords.set(d.words, [...(byWords.get(d.words) ?? []), d.day.startsWith('????') ? d.day.slice(5) : d.day]);
  const said = [...byWords].map(([words, which]) => `"${words}" (${[...new Set(which)].join(' or ')})`);
  return { ok: false, message: `${value} is not the date its quotes state: they say ${said.join(', ')}` };
}
