import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGap } from './breakText';
import { NO_WARP, storyWarp, unbrokenStretches } from './warp';
import { DAY, HOUR } from './window';

const day = (d: number, h = 0) => Date.UTC(2023, 9, d, h);

describe('a broken time axis', () => {
  it('breaks a long quiet stretch and leaves the busy ones at full scale', () => {
    // Two events on 7 October, then a week of events from 24 November (day 55 of October's count).
    const warp = storyWarp([day(7), day(7, 12), day(8), day(55), day(56), day(58), day(62)]);
    expect(warp.breaks).toHaveLength(1);
    const [quiet] = warp.breaks;
    // It stops six hours short of the events on either side.
    expect([quiet!.start, quiet!.end]).toEqual([day(8, 6), day(54, 18)]);
    // Before the break, chart time is real time; after it, shifted by what the break saved.
    expect(warp.toChart(day(7, 12))).toBe(day(7, 12));
    const saved = day(54, 18) - day(8, 6) - (quiet!.chartEnd - quiet!.chartStart);
    expect(warp.toChart(day(58))).toBe(day(58) - saved);
    // A day after the break is a day long, as before it.
    expect(warp.toChart(day(59)) - warp.toChart(day(58))).toBe(DAY);
    // The break takes a small share of the axis.
    expect((quiet!.chartEnd - quiet!.chartStart) / (warp.toChart(day(62)) - warp.toChart(day(7)))).toBeLessThan(0.1);
  });

  it('does not break a story whose events are spread out', () => {
    const evenly = Array.from({ length: 60 }, (_, i) => day(1) + i * 6 * DAY);
    expect(storyWarp(evenly).breaks).toHaveLength(0);
    // Nor a short story, however uneven.
    expect(storyWarp([day(1), day(1, 1), day(1, 20)]).breaks).toHaveLength(0);
    expect(storyWarp([]).breaks).toHaveLength(0);
  });

  it('property: real time and chart time map both ways, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 * 24 }), { minLength: 2, maxLength: 40 }), fc.array(fc.integer({ min: -20 * 24, max: 420 * 24 }), { maxLength: 30 }), (hours, probes) => {
        const warp = storyWarp(hours.map((h) => day(1) + h * HOUR));
        const times = probes.map((h) => day(1) + h * HOUR).sort((a, b) => a - b);
        const charted = times.map((t) => warp.toChart(t));
        for (let i = 1; i < charted.length; i += 1) expect(charted[i]!).toBeGreaterThanOrEqual(charted[i - 1]!);
        for (const t of times) expect(warp.fromChart(warp.toChart(t))).toBe(t);
      }),
    );
  });

  it('leaves the breaks out of the stretches that get ticks', () => {
    const warp = storyWarp([day(7), day(8), day(55), day(62)]);
    const whole = { start: warp.toChart(day(6)), end: warp.toChart(day(63)) };
    expect(unbrokenStretches(warp, whole)).toEqual([
      { start: day(6), end: day(8, 6) },
      { start: day(54, 18), end: day(63) },
    ]);
    expect(unbrokenStretches(NO_WARP, { start: 5, end: 9 })).toEqual([{ start: 5, end: 9 }]);
  });

  it('says how long a break lasts in words', () => {
    expect(formatGap(47 * DAY)).toBe('47 days');
    expect(formatGap(1 * DAY)).toBe('1 day');
    expect(formatGap(150 * DAY)).toBe('5 months');
    expect(formatGap(800 * DAY)).toBe('2 years');
  });
});

describe('a break’s length in the story’s language', () => {
  it('is said with the language’s own word, plural and digits', () => {
    expect(formatGap(47 * DAY)).toBe('47 days');
    expect(formatGap(DAY)).toBe('1 day');
    expect(formatGap(47 * DAY, 'fr')).toBe('47\u00a0jours');
    expect(formatGap(47 * DAY, 'es')).toBe('47 días');
    expect(formatGap(47 * DAY, 'he')).toBe('47 ימים');
    expect(formatGap(47 * DAY, 'ar-EG')).toBe('٤٧ يومًا');
    expect(formatGap(150 * DAY, 'fr')).toBe('5\u00a0mois');
  });
});
