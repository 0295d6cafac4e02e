// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateTimeline } from '../../shared/schema/validate';
import { TimelineChart } from './TimelineChart';
import { createViewStore } from './viewStore';
import { chartDomain, chartItems } from './model/frame';
import { windowToChart } from './model/warp';
import { spanOf, type TimeWindow } from './model/window';
import { defaultKinds } from '../../shared/schema/storyVocabulary';

const result = validateTimeline(JSON.parse(readFileSync(join(process.cwd(), 'public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline does not validate');
const { story, events } = result.timeline;
// The chart zooms in chart time, where the seven quiet weeks are a short break; the shell hears real time.
const { items, warp } = chartItems(events, defaultKinds());
const domain = chartDomain(items);
const chartSpan = (view: TimeWindow) => spanOf(windowToChart(warp, view));

/** The chart as the shell uses it: the selection held in state above it, the view in a store it creates, whose every change is heard. */
function Shell({
  initialView = null,
  onSelect,
  onViewChange,
  storyEvents = events,
}: {
  initialView?: TimeWindow | null;
  onSelect?: (id: string) => void;
  onViewChange?: (view: TimeWindow | null) => void;
  storyEvents?: typeof events;
}) {
  const [view] = useState(() => createViewStore(initialView));
  useEffect(() => view.subscribe(() => onViewChange?.(view.get())), [view, onViewChange]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <TimelineChart
      kinds={defaultKinds()}
      events={storyEvents}
      story={story}
      selectedId={selectedId}
      onSelect={(id) => {
        setSelectedId(id);
        onSelect?.(id);
      }}
      view={view}
    />
  );
}

const markOf = (id: string) => document.querySelector<HTMLElement>(`[data-event-id="${id}"]`);
const lastView = (spy: ReturnType<typeof vi.fn>) => spy.mock.calls.at(-1)?.[0] as TimeWindow;
const truceWeek: TimeWindow = { start: Date.UTC(2023, 10, 23), end: Date.UTC(2023, 11, 1) };

afterEach(() => {
  cleanup();
  // A stubbed matchMedia must not outlive its test, even one that failed.
  vi.unstubAllGlobals();
});

describe('the timeline chart', () => {
  it('is a figure with a title and a caption naming the source article', () => {
    render(<Shell />);
    const figure = screen.getByRole('figure', { name: /^Timeline, 7 October – 30 November 2023$/ });
    expect(within(figure).getByText(/Source: the article “Hamas Seeks Truce Extension Amid US Pressure for Gaza Safe Zones”/)).toBeTruthy();
    expect(figure.querySelector('figcaption')).not.toBeNull();
    expect(figure.querySelector('[data-zoom-surface]')).not.toBeNull();
  });

  it('offers labelled zoom buttons, with zoom out and reset marked unavailable at the whole story', () => {
    render(<Shell />);
    expect(screen.getByRole('button', { name: 'Zoom in' }).getAttribute('aria-disabled')).toBe('false');
    expect(screen.getByRole('button', { name: 'Zoom out' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Reset' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('gives each mark a spoken label with the date, the figures and whether the date is inferred', () => {
    render(<Shell initialView={truceWeek} />);
    const mark = screen.getByRole('button', { name: /^24–30 November 2023 \(date inferred\): Hostages and prisoners released since the truce began, 80 Israeli hostages released since the truce began on 24 November, 240 Palestinian prisoners released since the truce began on 24 November. Exchange$/ });
    expect(mark.getAttribute('data-event-id')).toBe('exchange-totals');
    expect(screen.getByRole('button', { name: /^24–27 November 2023 \(date inferred\): The initial four-day truce, 4 days of truce at first/ })).toBeTruthy();
  });

  it('selects an event on click and marks it as current', () => {
    const onSelect = vi.fn();
    render(<Shell initialView={truceWeek} onSelect={onSelect} />);
    fireEvent.click(markOf('initial-truce')!);
    expect(onSelect).toHaveBeenCalledWith('initial-truce');
    expect(markOf('initial-truce')!.getAttribute('aria-current')).toBe('true');
    expect(markOf('exchange-totals')!.getAttribute('aria-current')).toBeNull();
  });

  it('zooms in, out and back to the whole story with the buttons', () => {
    const onViewChange = vi.fn();
    render(<Shell onViewChange={onViewChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(chartSpan(lastView(onViewChange))).toBeCloseTo(spanOf(domain) / 2, -3);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(chartSpan(lastView(onViewChange))).toBeCloseTo(spanOf(domain) / 4, -3);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(chartSpan(lastView(onViewChange))).toBeCloseTo(spanOf(domain) / 2, -3);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    // The first view (here the whole story) again is no view at all, so the URL drops its ?view=.
    expect(onViewChange.mock.calls.at(-1)?.[0]).toBeNull();
  });

  it('stacks the crowded last day in tracks, every event its own titled mark', () => {
    render(<Shell />);
    expect(document.querySelectorAll('[data-cluster-size]')).toHaveLength(0);
    // The default set's fourth lane, diplomacy and statements.
    const diplomacy = [...document.querySelectorAll<HTMLElement>('.mark.lane--3')];
    expect(diplomacy).toHaveLength(8);
    // One track each: eight different heights.
    expect(new Set(diplomacy.map((mark) => mark.style.transform.split(',')[1])).size).toBe(8);
    for (const mark of diplomacy) expect(mark.querySelector('.mark__label')?.textContent).toMatch(/^\S+ \S+/);
  });

  it('shows a crowd no lane can stack as a count that says how many it holds, and zooms in on activation', () => {
    // Thirty more statements in the last hour of 30 November: more than any lane's tracks hold.
    const crowd = Array.from({ length: 30 }, (_, i) => ({ ...events.find((e) => e.id === 'residents-hope-for-extension')!, id: `crowd-${i}`, title: `Statement ${i}`, start: `2023-11-30T23:${String(i).padStart(2, '0')}:00Z` }));
    const onViewChange = vi.fn();
    const lastHours = { start: Date.UTC(2023, 10, 30, 20), end: Date.UTC(2023, 11, 1, 2) };
    render(<Shell storyEvents={[...events, ...crowd]} initialView={lastHours} onViewChange={onViewChange} />);
    const cluster = document.querySelector<HTMLElement>('[data-cluster-size]');
    expect(cluster).not.toBeNull();
    const size = Number(cluster!.getAttribute('data-cluster-size'));
    expect(cluster!.getAttribute('aria-label')).toMatch(new RegExp(`^${size} events in Diplomacy, statements`));
    expect(cluster!.hasAttribute('data-event-id')).toBe(false);
    fireEvent.click(cluster!);
    expect(chartSpan(lastView(onViewChange))).toBeLessThanOrEqual(chartSpan(lastHours) / 2);
  });

  it('moves focus from mark to mark with the arrow keys, in time order', () => {
    render(<Shell initialView={truceWeek} />);
    const marks = () => [...document.querySelectorAll<HTMLElement>('[data-stop-key]')];
    expect(marks().filter((m) => m.tabIndex === 0)).toHaveLength(1);
    const first = marks().find((m) => m.tabIndex === 0)!;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(first);
    expect(second.dataset.stopKey).toBeTruthy();
    expect(second.tabIndex).toBe(0);
    fireEvent.keyDown(second, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(first);
  });

  it('pans to the first event with Home when it is out of view', () => {
    const onViewChange = vi.fn();
    render(<Shell initialView={truceWeek} onViewChange={onViewChange} />);
    const start = document.querySelector<HTMLElement>('[data-stop-key][tabindex="0"]')!;
    act(() => start.focus());
    fireEvent.keyDown(start, { key: 'Home' });
    const moved = lastView(onViewChange);
    // Real time is whole milliseconds; before the break it is chart time.
    expect(moved.start).toBe(Math.round(domain.start));
    expect(chartSpan(moved)).toBeCloseTo(chartSpan(truceWeek), -3);
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.stopKey).toMatch(/hamas-attacks-israel/);
  });

  it('zooms with + and − on a mark', () => {
    const onViewChange = vi.fn();
    render(<Shell initialView={truceWeek} onViewChange={onViewChange} />);
    const mark = markOf('exchange-totals')!;
    fireEvent.keyDown(mark, { key: '+' });
    expect(chartSpan(lastView(onViewChange))).toBeCloseTo(chartSpan(truceWeek) / 2, -3);
    fireEvent.keyDown(document.activeElement!, { key: '-' });
    expect(chartSpan(lastView(onViewChange))).toBeCloseTo(chartSpan(truceWeek), -3);
  });

  it('shows the title, date and figures of a focused mark in a card', async () => {
    render(<Shell initialView={truceWeek} />);
    act(() => markOf('exchange-totals')!.focus());
    // The card is a chunk of its own, fetched when first shown.
    const card = await vi.waitFor(() => document.querySelector('.timeline__card') ?? Promise.reject(new Error('no card yet')));
    expect(card?.textContent).toContain('Hostages and prisoners released since the truce began');
    expect(card?.textContent).toContain('80 Israeli hostages released');
    expect(card?.textContent).toContain('date inferred');
    fireEvent.keyDown(markOf('exchange-totals')!, { key: 'Escape' });
    expect(document.querySelector('.timeline__card')).toBeNull();
  });

  // A busy two-core machine can take seconds over a 200 ms transition.
  it('moves the view in a short transition, and at once when the reader prefers reduced motion', { timeout: 20_000 }, async () => {
    const motion = (reduce: boolean) =>
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }));
    motion(false);
    const animated = vi.fn();
    render(<Shell onViewChange={animated} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await vi.waitFor(() => expect(chartSpan(lastView(animated))).toBeCloseTo(spanOf(domain) / 2, -3), { timeout: 10_000 });
    expect(animated.mock.calls.length).toBeGreaterThan(2);
    cleanup();
    // Pressed twice before the first transition ends, Zoom in zooms in twice.
    const quick = vi.fn();
    render(<Shell onViewChange={quick} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await vi.waitFor(() => expect(quick).toHaveBeenCalled());
    expect(chartSpan(lastView(quick))).toBeGreaterThan(spanOf(domain) / 2);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await vi.waitFor(() => expect(chartSpan(lastView(quick))).toBeCloseTo(spanOf(domain) / 4, -3), { timeout: 10_000 });
    cleanup();
    motion(true);
    const instant = vi.fn();
    render(<Shell onViewChange={instant} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(instant).toHaveBeenCalledTimes(1);
    expect(chartSpan(lastView(instant))).toBeCloseTo(spanOf(domain) / 2, -3);
    vi.unstubAllGlobals();
  });

  it('lets the overview’s window be moved from the keyboard', () => {
    const onViewChange = vi.fn();
    render(<Shell initialView={truceWeek} onViewChange={onViewChange} />);
    const slider = screen.getByRole('slider', { name: 'Part of the story in view' });
    expect(slider.getAttribute('aria-valuetext')).toBe('Showing 23–30 November 2023');
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    const moved = windowToChart(warp, lastView(onViewChange));
    expect(moved.start).toBeCloseTo(windowToChart(warp, truceWeek).start - chartSpan(truceWeek) / 10, -3);
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(lastView(onViewChange).start).toBe(Math.round(domain.start));
  });
});
