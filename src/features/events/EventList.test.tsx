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
import { CHUNK_ATTRIBUTE } from '../../shared/ui/useNearScreen';
import { defaultKinds } from '../../shared/schema/storyVocabulary';

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

  it('for a long story, draws in full only the chunks near the screen and the selected event’s; the others keep every word as text', async () => {
    // Each chunk 10,000 px below the one before: only the first is near a screen of 768 px.
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const top = Number(this.getAttribute(CHUNK_ATTRIBUTE) ?? 0) * 10_000;
      return { top, bottom: top + 100, left: 0, right: 100, width: 100, height: 100, x: 0, y: top, toJSON: () => ({}) };
    });
    try {
      const long = sortByTime(manyEvents(3 * LIST_CHUNK));
      const far = long[2 * LIST_CHUNK + 5]!;
      render(<EventList events={long} selectedId={far.id} onSelect={vi.fn()} kinds={kinds} progressive />);
      await waitFor(() => expect(document.querySelector('.event-list')?.getAttribute('aria-busy')).toBeNull(), { timeout: 10_000 });
      const entry = (event: TimelineEvent) => document.querySelector<HTMLElement>(`[data-list-event-id="${event.id}"]`)!;
      // Near the screen: the full entries, with their buttons.
      await waitFor(() => expect(within(entry(long[0]!)).queryAllByRole('button').length).toBeGreaterThan(0));
      // The first chunk and the selected event's (the third) in full; the second and the last (a few events) as text.
      expect(listedIds()).toEqual([...long.slice(0, LIST_CHUNK), ...long.slice(2 * LIST_CHUNK, 3 * LIST_CHUNK)].map((event) => event.id));
      // Away from it: the chunk as one item of plain text, every entry's words a line of it, in date order.
      const text = document.querySelector<HTMLElement>(`.event-card--text[${CHUNK_ATTRIBUTE}="1"]`)!;
      expect(within(text).queryAllByRole('button')).toHaveLength(0);
      const lines = text.textContent.split('\n');
      expect(lines).toHaveLength(LIST_CHUNK);
      long.slice(LIST_CHUNK, 2 * LIST_CHUNK).forEach((away, at) => {
        expect(lines[at]).toContain(away.title);
        for (const quote of away.quotes) expect(lines[at]).toContain(quote.text);
      });
      // The selected event's chunk, far as it is, in full and marked.
      expect(entry(far).getAttribute('aria-current')).toBe('true');
      expect(within(entry(far)).getByRole('button', { pressed: true })).not.toBeNull();
    } finally {
      rect.mockRestore();
    }
  });
});
