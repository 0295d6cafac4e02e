import { describe, expect, it } from 'vitest';
import { endInstant, sortByTime, formatDate, formatDateRange, isDateOnly, toInstant } from './calendar';

describe('calendar values', () => {
  it('reads a date-only value as midnight UTC whatever the process zone', () => {
    expect(toInstant('2023-11-24')).toBe(Date.UTC(2023, 10, 24));
    expect(new Date(toInstant('2023-11-24')).toISOString()).toBe('2023-11-24T00:00:00.000Z');
  });

  it('reads a date-time with an offset as that instant', () => {
    expect(toInstant('2023-11-30T07:40:00+02:00')).toBe(Date.UTC(2023, 10, 30, 5, 40));
  });

  it('rejects what is not a date', () => {
    expect(() => toInstant('24 November')).toThrow(RangeError);
  });

  it('ends a date-only span at the close of its last day', () => {
    expect(endInstant('2023-11-24', '2023-11-27')).toBe(Date.UTC(2023, 10, 28));
    expect(endInstant('2023-11-30')).toBe(Date.UTC(2023, 11, 1));
    expect(endInstant('2023-11-30T05:40:00Z')).toBe(Date.UTC(2023, 10, 30, 5, 40));
  });

  it('formats the calendar day the data names, in any zone', () => {
    // The suite runs under several TZ values (see scripts/test-all.mjs); the day must not move.
    expect(formatDate('2023-11-24')).toBe('24 November 2023');
    expect(formatDate('2023-01-01')).toBe('1 January 2023');
    expect(formatDate('2023-12-31')).toBe('31 December 2023');
    expect(formatDate('2023-11-30T05:40:00Z')).toBe('30 November 2023, 05:40 UTC');
  });

  it('formats ranges compactly', () => {
    expect(formatDateRange('2023-11-24', '2023-11-27')).toBe('24–27 November 2023');
    expect(formatDateRange('2023-11-28', '2023-12-02')).toBe('28 November – 2 December 2023');
    expect(formatDateRange('2023-12-30', '2024-01-02')).toBe('30 December 2023 – 2 January 2024');
    expect(formatDateRange('2023-11-24')).toBe('24 November 2023');
  });

  it('knows date-only values', () => {
    expect(isDateOnly('2023-11-24')).toBe(true);
    expect(isDateOnly('2023-11-24T00:00Z')).toBe(false);
  });

  it('orders by start, then end, then id', () => {
    const events = [
      { id: 'b', start: '2023-11-24', end: '2023-11-27' },
      { id: 'c', start: '2023-11-24' },
      { id: 'a', start: '2023-11-24' },
      { id: 'd', start: '2023-10-07' },
    ];
    expect(sortByTime(events).map((e) => e.id)).toEqual(['d', 'a', 'c', 'b']);
  });
});

describe('the time zone this suite runs under', () => {
  it('is the one the test command asked for, so the zone runs are real', () => {
    const asked = process.env.TZ;
    const resolved = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (asked) expect(resolved).toBe(asked);
    else expect(typeof resolved).toBe('string');
    // A date-only value still names the same day here as in UTC.
    expect(formatDate('2023-11-24')).toBe('24 November 2023');
  });
});
