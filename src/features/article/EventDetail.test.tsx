// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { validateTimeline } from '../../shared/schema/validate';
import { formatFigure } from '../../shared/format/figures';
import { EventDetail } from './EventDetail';
import { defaultKinds } from '../../shared/schema/storyVocabulary';

const kinds = defaultKinds();

const result = validateTimeline(JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline is invalid');
const { story, events } = result.timeline;
const eventById = (id: string) => {
  const found = events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

afterEach(cleanup);

const liveRegion = (container: HTMLElement) => container.querySelector('[aria-live="polite"]');

describe('the event detail', () => {
  it('prompts for a choice when nothing is selected, and announces nothing', () => {
    const { container } = render(<EventDetail story={story} events={events} kinds={kinds} selectedId={null} />);
    expect(screen.getByRole('heading', { name: 'Selected event' })).toBeTruthy();
    expect(screen.getByText(/Choose an event in the timeline or the list/)).toBeTruthy();
    expect(liveRegion(container)?.textContent).toBe('');
  });

  it('shows the title, kind, date with its inferred badge, figures and quotes', () => {
    const event = eventById('truce-extension');
    const { container } = render(<EventDetail story={story} events={events} kinds={kinds} selectedId={event.id} />);
    expect(screen.getByRole('heading', { level: 3, name: event.title })).toBeTruthy();
    expect(screen.getByText('Truce period')).toBeTruthy();
    expect(screen.getByText('28–30 November 2023').tagName).toBe('TIME');

    const badge = screen.getByRole('button', { name: 'inferred' });
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('tooltip').textContent).toBe(event.dateNote);

    const figures = screen.getByRole('list', { name: 'Figures' });
    expect(within(figures).getAllByRole('listitem')).toHaveLength(1);
    expect(container.querySelector('[data-figure-value]')?.textContent).toBe('3');

    const quotes = container.querySelectorAll('blockquote');
    expect([...quotes].map((q) => q.textContent)).toEqual(event.quotes.map((q) => q.text));
    const show = screen.getByRole('link', { name: 'Show in article' });
    expect(show.getAttribute('href')).toBe(`#passage-${event.quotes[0]?.start}`);
  });

  it('shows each figure with qualifier, unit and scope, and the words that state it', () => {
    const event = eventById('west-bank-deaths');
    render(<EventDetail story={story} events={events} kinds={kinds} selectedId={event.id} />);
    const [item] = within(screen.getByRole('list', { name: 'Figures' })).getAllByRole('listitem');
    const figure = event.figures[0];
    if (!item || !figure) throw new Error('missing figure');
    const main = item.querySelector('.big-figure__main')?.textContent;
    const counted = item.querySelector('.big-figure__counted')?.textContent;
    expect(main).toBe('nearly 240 Palestinians');
    expect(`${main} ${counted}`).toBe(formatFigure(figure));
    const source = within(item).getByRole('link');
    expect(source.textContent).toContain('nearly 240 Palestinians');
    expect(source.getAttribute('href')).toBe(`#passage-${event.quotes[0]?.start}`);
  });

  it('names each "Show in article" link by its quote when there are several', () => {
    render(<EventDetail story={story} events={events} kinds={kinds} selectedId="blinken-calls-for-extension" />);
    const links = screen.getAllByRole('link', { name: /^Show in article/ });
    expect(links.map((l) => l.textContent)).toEqual([
      'Show in article (quote 1 of 3)',
      'Show in article (quote 2 of 3)',
      'Show in article (quote 3 of 3)',
    ]);
  });

  it('announces a change of selection in one short sentence', () => {
    const { container, rerender } = render(<EventDetail story={story} events={events} kinds={kinds} selectedId={null} />);
    rerender(<EventDetail story={story} events={events} kinds={kinds} selectedId="truce-extension" />);
    expect(liveRegion(container)?.textContent).toBe('Selected: The truce is extended for three days, 28–30 November 2023');
    rerender(<EventDetail story={story} events={events} kinds={kinds} selectedId="jerusalem-shooting" />);
    expect(liveRegion(container)?.textContent).toBe('Selected: Shooting in Jerusalem kills three people, 30 November 2023');
  });
});
