// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateTimeline } from '../../shared/schema/validate';
import type { TimelineEvent } from '../../shared/schema/schema';
import { sortByTime } from '../../shared/time/calendar';
import { EventList, LIST_CHUNK } from './EventList';
import { defaultKinds } from '../../shared/schema/kinds';

const kinds = defaultKinds();

const result = validateTimeline(JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline is invalid');
const { events } = result.timeline;

/** The story's events copied under new ids until there are more than `count`: several chunks' worth. */
function manyEvents(count: number): TimelineEvent[] {
  const copies: TimelineEvent[] = [];
  for (let round = 0; copies.length < count; round += 1) for (const event of events) copies.push({ ...event, id: `${event.id}-${round}` });
  return copies;
}

const listedIds = () => Array.from(document.querySelectorAll('[data-list-event-id]'), (item) => item.getAttribute('data-list-event-id'));

afterEach(cleanup);

describe('the list of every event', () => {
  it('is whole at once, on the server too, for a story that is not long', () => {
    const html = renderToString(<EventList events={events} selectedId={null} onSelect={vi.fn()} kinds={kinds} />);
    for (const event of events) expect(html).toContain(`data-list-event-id="${event.id}"`);
    expect(html).not.toContain('aria-busy');
  });

  it('for a long story, starts empty and says so, so the chart paints first', () => {
    const long = manyEvents(3 * LIST_CHUNK);
    const html = renderToString(<EventList events={long} selectedId={null} onSelect={vi.fn()} kinds={kinds} progressive />);
    expect(html).not.toContain('data-list-event-id');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain(`0 of ${long.length.toLocaleString('en-GB')} so far`);
  });

  it('then fills chunk by chunk until every event is listed once, in date order', async () => {
    const long = manyEvents(3 * LIST_CHUNK);
    render(<EventList events={long} selectedId={null} onSelect={vi.fn()} kinds={kinds} progressive />);
    await waitFor(() => expect(listedIds()).toHaveLength(long.length), { timeout: 10_000 });
    expect(listedIds()).toEqual(sortByTime(long).map((event) => event.id));
    expect(document.querySelector('.event-list')?.getAttribute('aria-busy')).toBeNull();
    expect(screen.queryByText(/so far/)).toBeNull();
  });

  it('marks the selected event in whichever chunk it is, and only that one', async () => {
    const long = manyEvents(3 * LIST_CHUNK);
    const last = sortByTime(long).at(-1)!;
    const view = render(<EventList events={long} selectedId={null} onSelect={vi.fn()} kinds={kinds} progressive />);
    await waitFor(() => expect(listedIds()).toHaveLength(long.length), { timeout: 10_000 });
    view.rerender(<EventList events={long} selectedId={last.id} onSelect={vi.fn()} kinds={kinds} progressive />);
    const current = document.querySelectorAll('[aria-current="true"]');
    expect(Array.from(current, (item) => item.getAttribute('data-list-event-id'))).toEqual([last.id]);
    expect(within(current[0] as HTMLElement).getByRole('button', { pressed: true })).not.toBeNull();
  });
});
