import { describe, expect, it } from 'vitest';
import { findNumbers, statesNumber } from './numbers';

describe('numbers stated in a text', () => {
  it('reads digits, with thousands separators and decimals', () => {
    expect(findNumbers('a total of 80 hostages and 1,200 more, 2.5 times').map((m) => m.value)).toEqual([80, 1200, 2.5]);
  });

  it('reads number words, hyphenated compounds and adjectives', () => {
    expect(statesNumber('Hamas has released eight Israeli hostages', 8)).toBe(true);
    expect(statesNumber('The initial four-day truce', 4)).toBe(true);
    expect(statesNumber('extended for three days', 3)).toBe(true);
    expect(statesNumber('twenty-three minors', 23)).toBe(true);
    expect(statesNumber('two hundred and forty prisoners', 240)).toBe(true);
    expect(statesNumber('one thousand two hundred', 1200)).toBe(true);
  });

  it('does not read part of a number as another', () => {
    expect(statesNumber('nearly 240 Palestinians', 24)).toBe(false);
    expect(statesNumber('twenty-three minors', 20)).toBe(false);
    expect(statesNumber('twenty-three minors', 3)).toBe(false);
    expect(statesNumber('seven women', 8)).toBe(false);
  });

  it('keeps separate numbers separate', () => {
    expect(findNumbers('three people, four days').map((m) => m.value)).toEqual([3, 4]);
    expect(findNumbers('23 minors and seven women').map((m) => m.value)).toEqual([23, 7]);
  });

  it('records positions and notices vague counts', () => {
    const [m] = findNumbers('killed dozens of people');
    expect(m).toEqual({ value: null, start: 7, end: 13, text: 'dozens' });
    const [n] = findNumbers('Since November 24');
    expect(n).toMatchObject({ value: 24, start: 15, end: 17 });
  });

  it('finds nothing in a text without numbers', () => {
    expect(findNumbers('No numbers are stated here.')).toEqual([]);
  });
});
