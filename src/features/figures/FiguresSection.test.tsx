// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../../shared/schema/schema';
import { validateTimeline } from '../../shared/schema/validate';
import { formatFigure, formatValue } from '../../shared/format/figures';
import { FiguresSection } from './FiguresSection';
import { defaultKinds } from '../../shared/schema/storyVocabulary';
import { CHUNK_ATTRIBUTE } from '../../shared/ui/useNearScreen';
import { FIGURE_CHUNK } from './FigureBars';

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

  it('for a long story, draws in full only the figures near the screen; the others are a chunk of plain text each, every figure a line', async () => {
    // Each chunk 10,000 px below the one before: only the first is near a screen of 768 px.
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const top = Number(this.getAttribute(CHUNK_ATTRIBUTE) ?? 0) * 10_000;
      return { top, bottom: top + 100, left: 0, right: 100, width: 100, height: 100, x: 0, y: top, toJSON: () => ({}) };
    });
    try {
      const copies = Array.from({ length: 3 * FIGURE_CHUNK }, (_, round) => events.filter((e) => e.kind === 'casualties' || e.kind === 'exchange').map((e) => ({ ...e, id: `${e.id}-${round}`, start: `2023-11-${String(1 + (round % 28)).padStart(2, '0')}` })));
      const many = copies.flat();
      const { container } = render(<FiguresSection story={story} kinds={defaultKinds()} events={many} selectedId={null} onSelect={vi.fn()} eventHref={eventHref} windowed />);
      const numbers = container.querySelector('.number-list')!;
      await waitFor(() => expect(within(numbers as HTMLElement).queryAllByRole('link').length).toBeGreaterThan(0));
      const full = numbers.querySelectorAll('.figure-number:not(.figure-number--text)');
      const text = [...numbers.querySelectorAll<HTMLElement>('.figure-number--text')];
      // Every figure is on the page once: a link near the screen, a line of text away from it.
      const lines = text.flatMap((item) => item.textContent.split('\n'));
      const figures = many.filter((event) => event.kind === 'casualties').flatMap((event) => event.figures);
      expect(full.length + lines.length).toBe(figures.length);
      expect(within(numbers as HTMLElement).getAllByRole('link')).toHaveLength(full.length);
      for (const item of text) expect(within(item).queryAllByRole('link')).toHaveLength(0);
      expect(text.map((item) => item.getAttribute(CHUNK_ATTRIBUTE))).toEqual(text.map((_, at) => String(at + 1)));
      for (const figure of figures) expect(numbers.textContent).toContain(formatFigure(figure));
      // The exchanges' bars the same way: each event a group near the screen, or a line of text.
      const exchanges = many.filter((event) => event.kind === 'exchange');
      const groups = container.querySelectorAll('.bar-group:not(.bar-group--text)');
      const barLines = [...container.querySelectorAll<HTMLElement>('.bar-group--text')].flatMap((item) => item.textContent.split('\n'));
      expect(groups.length).toBeGreaterThan(0);
      expect(groups.length + barLines.length).toBe(exchanges.length);
      for (const line of barLines) expect(exchanges.some((event) => line.startsWith(`${event.title} — `))).toBe(true);
    } finally {
      rect.mockRestore();
    }
  });
});
