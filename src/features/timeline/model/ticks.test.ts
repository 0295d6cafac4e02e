import { describe, expect, it } from 'vitest';
import { formatTick, formatViewRange, placeTicks, tickLevel, timeTicks } from './ticks';
import { DAY, HOUR } from './window';

// This file runs again under several TZ values (scripts/test-all.mjs): every label is UTC.

describe('tick levels per zoom', () => {
  it('shows weeks or months for the whole story, days for a week, hours for a day', () => {
    expect(tickLevel(55 * DAY, 1000).name).toBe('week');
    expect(tickLevel(55 * DAY, 300).name).toBe('2 weeks');
    expect(tickLevel(55 * DAY, 150).name).toBe('month');
    expect(tickLevel(365 * DAY, 1000).name).toBe('month');
    expect(tickLevel(365 * DAY, 300).name).toBe('3 months');
    expect(tickLevel(7 * DAY, 1000).name).toBe('12 hours');
    expect(tickLevel(14 * DAY, 1000).name).toBe('day');
    expect(tickLevel(7 * DAY, 300).name).toBe('2 days');
    expect(tickLevel(DAY, 1000).name).toBe('3 hours');
    expect(tickLevel(6 * HOUR, 1000).name).toBe('30 minutes');
    expect(tickLevel(3 * HOUR, 300).name).toBe('30 minutes');
    expect(tickLevel(3 * HOUR, 200).name).toBe('hour');
    expect(tickLevel(DAY, 300).name).toBe('6 hours');
    expect(tickLevel(6 * HOUR, 300).name).toBe('hour');
    expect(tickLevel(40 * 365 * DAY, 300).name).toBe('year');
  });

  it('never puts ticks closer than their labels need', () => {
    for (const span of [6 * HOUR, DAY, 3 * DAY, 20 * DAY, 55 * DAY, 400 * DAY]) {
      for (const width of [288, 375, 800, 1280]) {
        const level = tickLevel(span, width);
        expect(level.step * (width / span)).toBeGreaterThanOrEqual(48);
      }
    }
  });
});

describe('tick labels in UTC', () => {
  it('labels days, hours, months and years', () => {
    expect(formatTick(Date.UTC(2023, 10, 24), 'day')).toEqual({ label: '24 Nov', major: false });
    expect(formatTick(Date.UTC(2023, 11, 1), 'day')).toEqual({ label: '1 Dec', major: true });
    expect(formatTick(Date.UTC(2023, 10, 24, 6), 'hour')).toEqual({ label: '06:00', major: false });
    expect(formatTick(Date.UTC(2023, 10, 24), 'hour')).toEqual({ label: '24 Nov', major: true });
    expect(formatTick(Date.UTC(2023, 10, 1), 'month')).toEqual({ label: 'Nov', major: false });
    expect(formatTick(Date.UTC(2024, 0, 1), 'month')).toEqual({ label: 'Jan 2024', major: true });
    expect(formatTick(Date.UTC(2024, 0, 1), 'year')).toEqual({ label: '2024', major: true });
  });

  it('puts day ticks on UTC midnights, whatever the reader’s zone', () => {
    const ticks = timeTicks({ start: Date.UTC(2023, 10, 23, 12), end: Date.UTC(2023, 10, 27, 12) }, 300);
    expect(ticks.map((t) => t.label)).toEqual(['24 Nov', '25 Nov', '26 Nov', '27 Nov']);
    for (const tick of ticks) expect(new Date(tick.time).toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it('puts hour ticks on UTC hours and names the day at midnight', () => {
    const ticks = timeTicks({ start: Date.UTC(2023, 10, 29, 21), end: Date.UTC(2023, 10, 30, 3) }, 400);
    expect(ticks.map((t) => t.label)).toEqual(['21:00', '22:00', '23:00', '30 Nov', '01:00', '02:00', '03:00']);
    const halves = timeTicks({ start: Date.UTC(2023, 10, 30, 6), end: Date.UTC(2023, 10, 30, 8) }, 600);
    expect(halves.map((t) => t.label)).toEqual(['06:00', '06:30', '07:00', '07:30', '08:00']);
  });

  it('keeps a two-day rhythm across the end of a month', () => {
    const ticks = timeTicks({ start: Date.UTC(2023, 9, 25), end: Date.UTC(2023, 10, 8) }, 500);
    const gaps = ticks.slice(1).map((t, i) => t.time - ticks[i]!.time);
    expect(new Set(gaps)).toEqual(new Set([2 * DAY]));
    expect(ticks.some((t) => t.label === '31 Oct' || t.label === '1 Nov')).toBe(true);
  });
});

describe('placing tick labels', () => {
  it('drops labels that would overlap or be clipped', () => {
    const ticks = [0, 25, 50, 100, 995].map((time) => ({ time, label: '24 Nov', major: false }));
    const placed = placeTicks(ticks, (t) => t, 1000, 12);
    expect(placed.map((t) => t.showLabel)).toEqual([false, true, false, true, false]);
  });
});

describe('the view in words', () => {
  it('names days for a long view and hours for a short one', () => {
    expect(formatViewRange({ start: Date.UTC(2023, 9, 7), end: Date.UTC(2023, 11, 1) })).toBe('7 October – 30 November 2023');
    expect(formatViewRange({ start: Date.UTC(2023, 10, 24), end: Date.UTC(2023, 10, 28) })).toBe('24–27 November 2023');
    expect(formatViewRange({ start: Date.UTC(2023, 11, 30), end: Date.UTC(2024, 0, 3) })).toBe('30 December 2023 – 2 January 2024');
    expect(formatViewRange({ start: Date.UTC(2023, 10, 30, 6), end: Date.UTC(2023, 10, 30, 12, 30) })).toBe('30 November 2023, 06:00–12:30');
    expect(formatViewRange({ start: Date.UTC(2023, 10, 29, 22), end: Date.UTC(2023, 10, 30, 4) })).toBe(
      '29 November 2023, 22:00 – 30 November 2023, 04:00',
    );
  });
});

describe('the axis in the story’s language', () => {
  const day = Date.UTC(2023, 10, 24);
  const newYear = Date.UTC(2024, 0, 1);

  it('labels days, months and years in each shipped language', () => {
    const cases: [string, string, string][] = [
      ['en', '24 Nov', 'Jan 2024'],
      ['fr', '24 nov.', 'janv. 2024'],
      ['es', '24 nov', 'ene 2024'],
      ['ar', '24 نوفمبر', 'يناير 2024'],
      ['he', '24 בנוב׳', 'ינו׳ 2024'],
      ['ar-EG', '٢٤ نوفمبر', 'يناير ٢٠٢٤'],
    ];
    for (const [lang, dayLabel, monthLabel] of cases) {
      expect(formatTick(day, 'day', lang).label).toBe(dayLabel);
      expect(formatTick(newYear, 'month', lang).label).toBe(monthLabel);
    }
    expect(formatTick(newYear, 'year', 'ar-EG').label).toBe('٢٠٢٤');
    expect(formatTick(day + 6 * HOUR, 'hour', 'ar-EG').label).toBe('٠٦:٠٠');
  });

  it('gives every tick of a view its label in the language asked for', () => {
    const ticks = timeTicks({ start: Date.UTC(2023, 10, 20), end: Date.UTC(2023, 11, 3) }, 1000, undefined, 'fr');
    expect(ticks.length).toBeGreaterThan(3);
    for (const tick of ticks) expect(tick.label).toBe(formatTick(tick.time, 'day', 'fr').label);
    expect(ticks.some((tick) => tick.label.includes('nov.'))).toBe(true);
  });

  it('says the view in the story’s language', () => {
    const view = { start: Date.UTC(2023, 9, 7), end: Date.UTC(2023, 11, 2) };
    expect(formatViewRange(view)).toBe('7 October – 1 December 2023');
    expect(formatViewRange(view, 'fr')).toBe('7 octobre – 1 décembre 2023');
    expect(formatViewRange({ start: Date.UTC(2023, 10, 30, 6), end: Date.UTC(2023, 10, 30, 12) }, 'ar-EG')).toBe('٣٠ نوفمبر ٢٠٢٣, ٠٦:٠٠–١٢:٠٠');
  });
});
