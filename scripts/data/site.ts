/**
 * The site a build makes from every authoring file in `seeds/`: one story is the whole site, at
 * its root, as it always was; several are each at `<site>/<slug>/`, the slug being the authoring
 * file's name, with an index of them at the root. Pure: names in, paths and entries out.
 */
import { figuresOverview } from '../../src/features/figures/model.ts';
import { formatValue } from '../../src/shared/format/figures.ts';
import { kindTable } from '../../src/shared/schema/kinds.ts';
import { vocabularyOf } from '../../src/shared/schema/storyVocabulary.ts';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import type { SiteIndex, StoryIndexEntry } from '../../src/shared/schema/stories.ts';
import { endInstant, toInstant } from '../../src/shared/time/calendar.ts';

/** What an authoring file's name ends with; the rest is the story's slug. */
export const AUTHORING_SUFFIX = '.events.yaml';

/** The longest slug: it is a folder of the build and a part of every address of the story. */
export const SLUG_MAX_LENGTH = 60;

/** Names the site's root already uses: a story there would hide them, or they it. */
export const RESERVED_SLUGS: readonly string[] = ['assets', 'cards', 'data', 'events', 'icons'];

/** The story's slug: its authoring file's name without `.events.yaml`. */
export function slugOf(fileName: string): string {
  return fileName.endsWith(AUTHORING_SUFFIX) ? fileName.slice(0, -AUTHORING_SUFFIX.length) : fileName;
}

/** Why `slug` cannot name a story's folder, or null when it can. */
export function slugProblem(slug: string): string | null {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) return `"${slug}" cannot be a story's folder: name the file with lowercase letters, digits and hyphens (for example nigeria-election-2023${AUTHORING_SUFFIX})`;
  if (slug.length > SLUG_MAX_LENGTH) return `"${slug}" is ${slug.length} characters; a story's folder is at most ${SLUG_MAX_LENGTH}`;
  if (RESERVED_SLUGS.includes(slug)) return `"${slug}" is a folder the site's root already uses (${RESERVED_SLUGS.join(', ')}); name the file otherwise`;
  return null;
}

/** Where a story lives from the site's root: the root itself when it is the only one, else its own folder. */
export function storyPath(slug: string, storyCount: number): string {
  return storyCount === 1 ? '' : `${slug}/`;
}

/** The story as the index shows it: title, source, dates, number of events and its key figure. */
export function storyIndexEntry(timeline: Timeline, slug: string, path: string): StoryIndexEntry {
  const { story, events } = timeline;
  const starts = events.map((event) => ({ iso: event.start, at: toInstant(event.start) }));
  const ends = events.map((event) => ({ iso: event.end ?? event.start, at: endInstant(event.start, event.end) }));
  const first = starts.reduce((a, b) => (b.at < a.at ? b : a));
  const last = ends.reduce((a, b) => (b.at > a.at ? b : a));
  const [section] = figuresOverview(events, kindTable(vocabularyOf(timeline)).figureGroups);
  const group = section?.groups[0];
  const figure = section && group ? (section.chart === 'bars' ? section.groups[0]?.bars[0]?.figure : section.groups[0]?.figures[0]?.figure) : undefined;
  return {
    slug,
    path,
    title: story.title,
    headline: story.headlines[0] ?? story.title,
    ...(story.date ? { date: story.date } : {}),
    ...(story.dateBasis ? { dateBasis: story.dateBasis } : {}),
    ...(story.source?.publisher ? { publisher: story.source.publisher } : {}),
    events: events.length,
    firstDay: first.iso.slice(0, 10),
    lastDay: last.iso.slice(0, 10),
    ...(figure && group ? { keyFigure: { value: figure.value, text: [figure.qualifier, formatValue(figure.value, story.lang), figure.unit, figure.label].filter(Boolean).join(' '), event: group.event.title } } : {}),
    ...(story.timeZone ? { timeZone: story.timeZone } : {}),
    ...(story.timeZoneName ? { timeZoneName: story.timeZoneName } : {}),
    ...(story.lang ? { lang: story.lang } : {}),
  };
}

/** The site's index: the stories, the latest first (by the last day they cover, then title). */
export function siteIndex(entries: readonly StoryIndexEntry[], rootLinks?: string): SiteIndex {
  const stories = [...entries].sort((a, b) => (a.lastDay !== b.lastDay ? (a.lastDay < b.lastDay ? 1 : -1) : a.title.localeCompare(b.title, 'en')));
  return { version: 1, stories, ...(rootLinks && stories.length > 1 ? { rootLinks } : {}) };
}
