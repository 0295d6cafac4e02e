import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { serveWithoutInlineData } from './withoutInlineData';

/** The events made to share one minute, in a lane and on a day that hold nothing else. */
export const SAME_MOMENT_IDS = ['blinken-calls-for-extension', 'pressure-for-ceasefire', 'us-urges-safe-zones'];

/** A view at the deepest zoom around that minute, where they stay one cluster. */
export const SAME_MOMENT_VIEW = '2023-11-15T07:30Z..2023-11-15T10:30Z';

/**
 * Serves the timeline with three events at the same minute (`2023-11-15T09:00Z`): at the deepest
 * zoom they cannot split, so their cluster opens a list of them instead.
 */
export async function serveSameMomentTimeline(page: Page): Promise<void> {
  const data = JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8')) as { events: { id: string; start: string }[] };
  for (const id of SAME_MOMENT_IDS) {
    const event = data.events.find((e) => e.id === id);
    if (!event) throw new Error(`no event ${id} in the data`);
    event.start = '2023-11-15T09:00:00Z';
  }
  await serveWithoutInlineData(page);
  await page.route('**/data/timeline.json', (route) => route.fulfill({ json: data }));
}
