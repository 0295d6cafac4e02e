import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../shared/schema/schema';
import { LANES, laneById, laneOf } from './lanes';

describe('lanes', () => {
  it('puts every kind in exactly one lane, and agrees with the lane list', () => {
    for (const kind of EVENT_KINDS) {
      const holding = LANES.filter((lane) => lane.kinds.includes(kind));
      expect(holding.map((l) => l.id)).toEqual([laneOf(kind)]);
    }
  });

  it('groups the kinds as readers think of them', () => {
    expect(laneOf('truce-period')).toBe('periods');
    expect(laneOf('casualties')).toBe(laneOf('military'));
    expect(laneOf('statement')).toBe(laneOf('diplomacy'));
    expect(laneOf('humanitarian')).not.toBe(laneOf('exchange'));
  });

  it('gives each lane its own shape, so colour is never the only cue', () => {
    expect(new Set(LANES.map((l) => l.shape)).size).toBe(LANES.length);
    expect(laneById('violence').shape).toBe('triangle');
  });
});
