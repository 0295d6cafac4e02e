// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../../shared/schema/schema';
import { validateTimeline } from '../../shared/schema/validate';
import { formatFigure, formatValue } from '../../shared/format/figures';
import { FiguresSection } from './FiguresSection';
import { defaultKinds } from '../../shared/schema/kinds';

const result = validateTimeline(JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline is invalid');
const { story, events } = result.timeline;
const eventHref = (id: string) => `?event=${id}`;

afterEach(cleanup);

function renderFigures(selectedId: string | null = null, onSelect = vi.fn(), data: readonly TimelineEvent[] = events) {
  const view = render(<FiguresSection story={story} kinds={defaultKinds()} events={data} selectedId={selectedId} onSelect={onSelect} eventHref={eventHref} />);
  return { ...view, onSelect };
}

const shownFigures = events.filter((e) => ['exchange', 'casualties', 'violence'].includes(e.kind)).flatMap((e) => e.figures.map((f) => ({ event: e, figure: f })));

describe('the figures section', () => {
  it('shows every exchange and figure-number figure of the data, and no other number', () => {
    const { container } = renderFigures();
    const values = [...container.querySelectorAll<HTMLElement>('.figure-value')].map((el) => el.textContent);
    expect(values.sort()).toEqual(shownFigures.map(({ figure }) => formatValue(figure.value)).sort());
    expect(shownFigures).toHaveLength(8);
  });

  it('makes every figure a link to its event, named by the whole figure', () => {
    renderFigures();
    for (const { event, figure } of shownFigures) {
      const link = screen.getByRole('link', { name: formatFigure(figure) });
      expect(link.getAttribute('href'), formatFigure(figure)).toBe(`?event=${event.id}`);
    }
  });

  it('draws every bar on one scale from zero', () => {
    const { container } = renderFigures();
    const widths = Object.fromEntries(
      [...container.querySelectorAll<HTMLElement>('.bar-row')].map((row): [string, string | undefined] => [
        row.querySelector('.figure-value')?.textContent ?? '',
        row.querySelector<HTMLElement>('.bar-row__bar')?.style.getPropertyValue('--bar-width'),
      ]),
    );
    expect(widths['240']).toBe('100%');
    expect(Number.parseFloat(widths['80'] ?? '')).toBeCloseTo((80 / 240) * 100, 6);
    expect(Number.parseFloat(widths['8'] ?? '')).toBeCloseTo((8 / 240) * 100, 6);
    expect(Number.parseFloat(widths['23'] ?? '')).toBeCloseTo((23 / 240) * 100, 6);
  });

  it('nests the breakdown of the 30 prisoners under them', () => {
    renderFigures();
    const parts = screen.getByRole('list', { name: 'Of the 30 Palestinian prisoners' });
    expect(within(parts).getAllByRole('link').map((l) => l.textContent)).toEqual([
      '23 minors released among the 30 Palestinian prisoners',
      '7 women released among the 30 Palestinian prisoners',
    ]);
  });

  it('selects the event of a figure, and then shows the words that state it', () => {
    const { onSelect, rerender, container } = renderFigures();
    expect(container.querySelector('blockquote')).toBeNull();
    expect(fireEvent.click(screen.getByRole('link', { name: /^nearly 240 Palestinians killed/ }))).toBe(false);
    expect(onSelect).toHaveBeenCalledWith('west-bank-deaths');

    rerender(<FiguresSection story={story} kinds={defaultKinds()} events={events} selectedId="west-bank-deaths" onSelect={onSelect} eventHref={eventHref} />);
    expect(screen.getByRole('link', { name: /^nearly 240 Palestinians killed/ }).getAttribute('aria-current')).toBe('true');
    const quote = container.querySelector('blockquote');
    expect(quote?.textContent).toBe(events.find((e) => e.id === 'west-bank-deaths')?.quotes[0]?.text);
    expect(quote?.querySelector('strong')?.textContent).toBe('240');
    expect(screen.getByRole('link', { name: 'Show in article' }).getAttribute('href')).toMatch(/^#passage-\d+$/);
  });

  it('works for another story, and renders nothing without such figures', () => {
    const other: TimelineEvent[] = [
      {
        id: 'flood',
        kind: 'casualties',
        title: 'Flood',
        start: '2024-03-01',
        dateBasis: 'stated',
        figures: [{ value: 1200, unit: 'people', label: 'died', qualifier: 'at least' }],
        quotes: [{ text: 'at least 1,200 people died', start: 0, end: 26 }],
      },
    ];
    renderFigures(null, vi.fn(), other);
    expect(screen.getByRole('link', { name: 'at least 1,200 people died' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Exchanges' })).toBeNull();
    cleanup();
    const { container } = renderFigures(null, vi.fn(), [{ ...other[0]!, kind: 'statement' }]);
    expect(container.innerHTML).toBe('');
  });
});
