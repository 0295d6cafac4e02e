import { describe, expect, it } from 'vitest';
import { formatOffset, instantsForWallClock, isTimeZone, offsetMinutesAt, readAuthoredTime } from './timeZone';

describe('times of day in a declared zone', () => {
  it('knows IANA zone names', () => {
    expect(isTimeZone('Asia/Bangkok')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Asia/Bangkog')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('reads offsets from the zone database, summer time included', () => {
    expect(offsetMinutesAt('Asia/Bangkok', Date.UTC(2018, 6, 10))).toBe(420);
    expect(offsetMinutesAt('America/New_York', Date.UTC(2018, 6, 10))).toBe(-240);
    expect(offsetMinutesAt('America/New_York', Date.UTC(2018, 0, 10))).toBe(-300);
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(-240)).toBe('-04:00');
    expect(formatOffset(0)).toBe('+00:00');
  });

  it('writes a local time with its zone’s offset, the offset optional in the authoring file', () => {
    expect(readAuthoredTime('2018-07-10T10:00', 'Asia/Bangkok')).toEqual({ ok: true, iso: '2018-07-10T10:00+07:00' });
    expect(readAuthoredTime('2018-07-10T10:00+07:00', 'Asia/Bangkok')).toEqual({ ok: true, iso: '2018-07-10T10:00+07:00' });
    expect(readAuthoredTime('2018-07-10T22:30', 'America/New_York')).toEqual({ ok: true, iso: '2018-07-10T22:30-04:00' });
    expect(readAuthoredTime('2018-07-10', 'Asia/Bangkok')).toEqual({ ok: true, iso: '2018-07-10' });
  });

  it('converts a time given with another offset into the zone', () => {
    expect(readAuthoredTime('2018-07-10T03:00Z', 'Asia/Bangkok')).toEqual({ ok: true, iso: '2018-07-10T10:00+07:00' });
    expect(readAuthoredTime('2018-07-09T20:00-04:00', 'Asia/Bangkok')).toEqual({ ok: true, iso: '2018-07-10T07:00+07:00' });
  });

  it('keeps a story without a zone in UTC, and refuses a local time it cannot read', () => {
    expect(readAuthoredTime('2023-11-30T07:40:00+02:00')).toEqual({ ok: true, iso: '2023-11-30T05:40:00Z' });
    const local = readAuthoredTime('2018-07-10T10:00');
    expect(local.ok).toBe(false);
    if (!local.ok) expect(local.message).toContain('declare the story\'s time zone (story.timeZone');
  });

  it('refuses days and times that do not exist', () => {
    expect(readAuthoredTime('2023-02-30')).toEqual({ ok: false, message: '2023-02-30 is not a date: February 2023 has 28 days' });
    expect(readAuthoredTime('2023-02-28T24:00', 'UTC')).toEqual({ ok: false, message: '"2023-02-28T24:00" names a time that does not exist' });
  });

  it('refuses a time the clocks skip, and asks for the offset of one they repeat', () => {
    // New York went from 02:00 to 03:00 on 11 March 2018, and from 02:00 back to 01:00 on 4 November.
    expect(readAuthoredTime('2018-03-11T02:30', 'America/New_York')).toEqual({ ok: false, message: '"2018-03-11T02:30" does not exist in America/New_York: the clocks skip it' });
    const twice = readAuthoredTime('2018-11-04T01:30', 'America/New_York');
    expect(twice).toEqual({
      ok: false,
      message: '"2018-11-04T01:30" happens twice in America/New_York (the clocks go back): write the offset, "2018-11-04T01:30-04:00" or "2018-11-04T01:30-05:00"',
    });
    expect(readAuthoredTime('2018-11-04T01:30-05:00', 'America/New_York')).toEqual({ ok: true, iso: '2018-11-04T01:30-05:00' });
    expect(instantsForWallClock('Asia/Bangkok', Date.UTC(2018, 6, 10, 10))).toEqual([Date.UTC(2018, 6, 10, 3)]);
  });
});
