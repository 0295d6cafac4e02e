import { describe, expect, it } from 'vitest';
import { laneContrastShortfalls } from '../color/laneContrast';
import { DEFAULT_PALETTE, DEFAULT_VOCABULARY } from './defaultVocabulary';
import { kindTable, laneColourProperties } from './kinds';
import { defaultKinds, resolveTimeline, vocabularyOf } from './storyVocabulary';
import { VocabularySchema } from './schema';
import { MARK_SHAPES, MAX_LANES } from './shapes';

describe('the default palette', () => {
  it('has a colour for every lane a story may have, all different', () => {
    expect(Object.keys(DEFAULT_PALETTE)).toHaveLength(MAX_LANES);
    expect(new Set(Object.values(DEFAULT_PALETTE).map((c) => c.light)).size).toBe(MAX_LANES);
    expect(new Set(Object.values(DEFAULT_PALETTE).map((c) => c.dark)).size).toBe(MAX_LANES);
  });

  for (const [name, colour] of Object.entries(DEFAULT_PALETTE)) {
    it(`${name} passes every check in both schemes, as marks and as a lane of periods`, () => {
      for (const scheme of ['light', 'dark'] as const) {
        expect(laneContrastShortfalls(colour[scheme], scheme, false), `${name} ${scheme}`).toEqual([]);
        expect(laneContrastShortfalls(colour[scheme], scheme, true), `${name} ${scheme} periods`).toEqual([]);
      }
    });
  }
});

describe('the default vocabulary (the truce story\'s)', () => {
  it('is a valid vocabulary, every lane with a shape of its own', () => {
    expect(VocabularySchema.safeParse(DEFAULT_VOCABULARY).success).toBe(true);
    expect(new Set(DEFAULT_VOCABULARY.lanes.map((lane) => lane.shape)).size).toBe(DEFAULT_VOCABULARY.lanes.length);
    for (const lane of DEFAULT_VOCABULARY.lanes) expect(MARK_SHAPES).toContain(lane.shape);
  });

  it('puts each kind in one lane, as the chart has always drawn them', () => {
    const kinds = defaultKinds();
    expect(kinds.ids).toEqual(['truce-period', 'exchange', 'casualties', 'violence', 'military', 'diplomacy', 'statement', 'humanitarian']);
    expect(kinds.lane('truce-period').id).toBe('periods');
    expect(kinds.lane('truce-period').periods).toBe(true);
    expect(kinds.lane('casualties')).toBe(kinds.lane('military'));
    expect(kinds.lane('statement')).toBe(kinds.lane('diplomacy'));
    expect(kinds.lane('humanitarian')).not.toBe(kinds.lane('exchange'));
    expect(kinds.lane('violence').shape).toBe('triangle');
    expect(kinds.label('humanitarian')).toBe('Humanitarian aid');
  });

  it('charts exchanges as bars and casualties as numbers', () => {
    expect(defaultKinds().figureGroups).toEqual([
      { heading: 'Exchanges', kinds: ['exchange'], chart: 'bars' },
      { heading: 'Casualties', kinds: ['casualties', 'violence'], chart: 'numbers' },
    ]);
  });
});

describe('the table of kinds', () => {
  it('numbers lanes from the top, and names a kind it does not know by its id, in the last lane', () => {
    const kinds = defaultKinds();
    expect(kinds.lanes.map((lane) => lane.index)).toEqual([0, 1, 2, 3, 4]);
    expect(kinds.find('flood')).toBeUndefined();
    expect(kinds.label('flood')).toBe('flood');
    expect(kinds.lane('flood').index).toBe(4);
  });

  it('is built once per vocabulary, and is the default set for a timeline that declares none', () => {
    expect(kindTable(DEFAULT_VOCABULARY)).toBe(defaultKinds());
    expect(vocabularyOf({})).toBe(DEFAULT_VOCABULARY);
  });

  it('settles a timeline\'s vocabulary: its own kept as it is, the default set given to one that declares none', () => {
    const own = { lanes: DEFAULT_VOCABULARY.lanes.slice(0, 1), figureGroups: [] };
    const declared = { version: 1 as const, story: { title: 'T', text: 'x' }, vocabulary: own, events: [] } as unknown as Parameters<typeof resolveTimeline>[0];
    expect(resolveTimeline(declared)).toBe(declared);
    const bare = { ...declared, vocabulary: undefined };
    const resolved = resolveTimeline(bare);
    expect(resolved.vocabulary).toBe(DEFAULT_VOCABULARY);
    expect(resolved.events).toBe(bare.events);
  });

  it('gives the page each lane\'s colour in both schemes, by its place', () => {
    const properties = laneColourProperties(defaultKinds());
    expect(properties['--lane-0-light']).toBe(DEFAULT_PALETTE.green.light);
    expect(properties['--lane-0-dark']).toBe(DEFAULT_PALETTE.green.dark);
    expect(properties['--lane-4-dark']).toBe(DEFAULT_PALETTE.orange.dark);
    expect(Object.keys(properties)).toHaveLength(10);
  });
});
