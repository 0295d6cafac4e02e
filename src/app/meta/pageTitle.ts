import type { Story, TimelineEvent } from '../../shared/schema/schema';
import { formatDateRange, type StoryZone } from '../../shared/time/calendar';
import { messagesFor } from '../../shared/i18n/catalogues';

/** "The truce is extended for three days, 28–30 November 2023 · Sourceline"; a time names the story's zone. */
export function eventTitle(event: TimelineEvent, zone?: StoryZone): string {
  return messagesFor(zone?.lang).titleAndDate({ title: event.title, date: formatDateRange(event.start, event.end, zone) });
}

/** The tab's title for the story's page, or one event's: what the app sets as the reader selects (the build writes the rest of a page's head, `pageMeta.ts`). */
export function pageTitle(story: Story, event: TimelineEvent | null): string {
  return messagesFor(story.lang).pageTitle({ title: event ? eventTitle(event, story) : story.title });
}
