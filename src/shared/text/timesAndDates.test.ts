import { describe, expect, it } from 'vitest';
import { findTimesAndDates } from './timesAndDates';

const found = (text: string) => findTimesAndDates(text).map((m) => `${m.kind}:${m.text}`);

describe('times and dates in news text', () => {
  it('finds times of day in the forms wires write them', () => {
    expect(found('found at 9:10 p.m. by divers')).toEqual(['time:9:10 p.m.']);
    expect(found('just after 10 a.m. local time')).toEqual(['time:10 a.m.']);
    expect(found('by 5 p.m. EDT Monday')).toEqual(['time:5 p.m.']);
    expect(found('at 21:45, or (0500 GMT)')).toEqual(['time:21:45', 'time:0500 GMT']);
    expect(found('at noon')).toEqual(['time:noon']);
  });

  it('finds dates with month names, abbreviations, ordinals, ranges and years', () => {
    expect(found('MIAMI, Sept. 10 (UPI) — The storm')).toEqual(['date:Sept. 10']);
    expect(found('set for Feb. 9. The judge')).toEqual(['date:Feb. 9']);
    expect(found('missing since June 23')).toEqual(['date:June 23']);
    expect(found('on 23 June 2018 and on the 24th of June')).toEqual(['date:23 June 2018', 'date:24th of June']);
    expect(found('from July 8-10, 2018')).toEqual(['date:July 8-10, 2018']);
    expect(found('in June 2018')).toEqual(['date:June 2018']);
    expect(found('on 2018-06-23 or 6/23')).toEqual(['date:2018-06-23', 'date:6/23']);
    expect(found('in 2016, officials said')).toEqual(['date:2016']);
  });

  it('leaves counts, amounts and labels alone', () => {
    expect(found('2.5 times, $2.50 each, 1,200 people, Category 4, in 2000 homes')).toEqual([]);
  });
});
