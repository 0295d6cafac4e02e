import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { serveWithoutInlineData } from './withoutInlineData';

/**
 * A crowd no lane can stack: the real story plus `CROWD_SIZE` statements at one minute
 * (`2023-11-15T09:00Z`, a day that holds nothing else), more than a lane has tracks for. Counts
 * appear only for such crowds; at the deepest zoom they cannot split, so their count opens a list.
 */
export const CROWD_SIZE = 14;
export const CROWD_IDS = Array.from({ length: CROWD_SIZE }, (_, i) => `crowd-${i + 1}`);

/** The day of the crowd, and a view at the deepest zoom around its minute. */
export const CROWD_DAY_VIEW = '2023-11-14T12:00Z..2023-11-16T12:00Z';
export const SAME_MOMENT_VIEW = '2023-11-15T07:30Z..2023-11-15T10:30Z';

/** Serves the timeline with the crowd added (cloned from a statement, so its quotes are the article's words). */
export async function serveCrowdTimeline(page: Page): Promise<void> {
  const data = JSON.parse(readFileSync(new URL('../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as { events: { id: string; title: string; start: string }[] };
  const model = data.events.find((e) => e.id === 'blinken-calls-for-extension');
  if (!model) throw new Error('no blinken-calls-for-extension in the data');
  CROWD_IDS.forEach((id, i) => data.events.push({ ...structuredClone(model), id, title: `Crowd statement ${i + 1}`, start: '2023-11-15T09:00:00Z' }));
  await serveWithoutInlineData(page);
  await page.route('**/data/timeline.json', (route) => route.fulfill({ json: data }));
}
