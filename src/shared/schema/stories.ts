import type { DateBasis } from './schema';

/**
 * The site's list of its stories, `data/stories.json` at the site's root: what the index page
 * shows of each story, and where each lives. `npm run data` writes it from every story's timeline
 * (`scripts/data/site.ts`); the build's index page and, on a page without its data inline, the
 * app read it.
 */

/** One story as the index shows it. */
export interface StoryIndexEntry {
  /** The authoring file's name without `.events.yaml`: the story's folder among several. */
  slug: string;
  /** The story's folder from the site's root, ending in `/`: `''` for a site of one story, at its root. */
  path: string;
  title: string;
  /** The article's own headline, credited as the source. */
  headline: string;
  /** The article's date, with how it is known. */
  date?: string;
  dateBasis?: DateBasis;
  publisher?: string;
  /** How many events the timeline has, and the days it runs from and to. */
  events: number;
  firstDay: string;
  lastDay: string;
  /**
   * The first figure the story's figures section shows, in words ("8 Israeli hostages released"),
   * its value as the data holds it, and the title of the event it belongs to.
   */
  keyFigure?: { value: number; text: string; event: string };
  /** The story's time zone, in which its dates are written. */
  timeZone?: string;
  timeZoneName?: string;
  /** The story's language, when it declares one: its title, headline and key figure are in it. */
  lang?: string;
}

export interface SiteIndex {
  version: 1;
  stories: StoryIndexEntry[];
  /**
   * The slug of the story that was published alone at the site's root before others joined it: its
   * old addresses there send readers on to the same state under its folder.
   */
  rootLinks?: string;
}

/** The outline of a site index, for the one place that reads it from the network (a page without its data inline). */
export function isSiteIndex(data: unknown): data is SiteIndex {
  if (typeof data !== 'object' || data === null) return false;
  const { version, stories } = data as Partial<Record<keyof SiteIndex, unknown>>;
  return (
    version === 1 &&
    Array.isArray(stories) &&
    stories.every((s: unknown) => typeof s === 'object' && s !== null && typeof (s as StoryIndexEntry).path === 'string' && typeof (s as StoryIndexEntry).title === 'string')
  );
}
