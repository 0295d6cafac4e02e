import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepState } from './steps';

describe('stepping through the events', () => {
  const ids = ['a', 'b', 'c'];

  it('starts at the first event when nothing is selected', () => {
    expect(stepState(ids, null)).toEqual({ index: -1, count: 3, previous: null, next: 'a' });
    expect(stepState(ids, 'not-there')).toEqual({ index: -1, count: 3, previous: null, next: 'a' });
  });

  it('stops at both ends, without wrapping', () => {
    expect(stepState(ids, 'a')).toEqual({ index: 0, count: 3, previous: null, next: 'b' });
    expect(stepState(ids, 'c')).toEqual({ index: 2, count: 3, previous: 'b', next: null });
  });

  it('property: Next from nothing visits every event once, in order, and Previous walks back the same way', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 40 }), (list) => {
        const forward: string[] = [];
        for (let at = stepState(list, null).next; at !== null; at = stepState(list, at).next) forward.push(at);
        expect(forward).toEqual(list);
        const backward: string[] = [list[list.length - 1]!];
        for (let at = stepState(list, list[list.length - 1]!).previous; at !== null; at = stepState(list, at).previous) backward.push(at);
        expect(backward).toEqual([...list].reverse());
      }),
    );
  });

  it('has nothing to step through in an empty story', () => {
    expect(stepState([], null)).toEqual({ index: -1, count: 0, previous: null, next: null });
  });
});
