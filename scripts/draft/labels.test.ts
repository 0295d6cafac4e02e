import { describe, expect, it } from 'vitest';
import { proposeFigures } from './figures.ts';
import { phraseBefore, predicateAfter } from './labels.ts';

const labels = (clause: string) => proposeFigures(clause, []).figures.map((f) => [f.value, f.unit, f.label]);

describe('a figure’s label, read from its clause', () => {
  it('is what the clause says of the things counted, without its auxiliaries or a trailing joining word', () => {
    expect(labels('48 apartments were damaged.')).toEqual([[48, 'apartments', 'damaged']]);
    expect(labels('A total of 39 are confirmed dead, officials told state media')).toEqual([[39, 'people', 'confirmed dead']]);
    expect(labels('two miners managed to walk out and were treated for minor injuries')).toEqual([[2, 'miners', 'managed to walk out']]);
    expect(labels('up to 3,000 homes in the Thames Valley could be flooded')).toEqual([[3000, 'homes', 'in the Thames Valley']]);
    expect(labels('7,000 homes in Cornwall and Devon had their electricity supply cut off')).toEqual([[7000, 'homes', 'in Cornwall and Devon']]);
  });

  it('passes over an aside in brackets, and gives the same measure in other units the same label', () => {
    expect(labels('about 250 miles (400 km) southwest of Lahore')).toEqual([
      [250, 'miles', 'southwest of Lahore'],
      [400, 'km', 'southwest of Lahore'],
    ]);
  });

  it('reads the words before the number when nothing after it says what it is', () => {
    expect(labels('According to the INEC, Tinubu received 8,794,726 votes (36.61%); turnout was 27%.')).toEqual([
      [8_794_726, 'votes', 'Tinubu received'],
      [36.61, '%', 'share'],
      [27, '%', 'turnout'],
    ]);
    expect(labels('A screenshot shows a ground speed of 353knts.')).toEqual([[353, 'knts', 'ground speed']]);
  });

  it('never takes the words of the number before it, nor a piece of a number', () => {
    expect(labels('The plane had accumulated 23,000 flying hours on 13,600 flights.')).toEqual([
      [23_000, 'flying hours', 'had accumulated'],
      [13_600, 'flights', 'flights'],
    ]);
    for (const [, , label] of labels('The flight crew next asked to climb from 32,000ft to 38,000ft.')) expect(label).not.toMatch(/\d/);
  });

  it('gives the items of a list one label', () => {
    expect(labels('155 passengers and seven crew were on board.')).toEqual([
      [155, 'passengers', 'on board'],
      [7, 'crew', 'on board'],
    ]);
    expect(labels('searchers stated they were using twelve helicopters, eleven planes, and 32 vessels.').map(([, , label]) => label)).toEqual(['using', 'using', 'using']);
  });

  it('labels a change from one value to another, and shares the unit a range states', () => {
    expect(labels('with additional bodies recovered increasing the confirmed death toll from fourteen to 31.')).toEqual([
      [14, 'people', 'death toll, before'],
      [31, 'people', 'death toll'],
    ]);
    expect(labels('he was told of "presumably between 36 and 40 people under the rubble"')).toEqual([
      [36, 'people', 'under the rubble'],
      [40, 'people', 'under the rubble'],
    ]);
    expect(labels('29 were trapped underground, ranging from 17 to 62 years old.').slice(1)).toEqual([
      [17, 'years', 'age'],
      [62, 'years', 'age'],
    ]);
  });

  it('says nothing rather than a joining word', () => {
    expect(predicateAfter(' and 32 vessels', 0)).toBeUndefined();
    expect(predicateAfter(' following the landslide', 0)).toBeUndefined();
    expect(predicateAfter(' from a previous 93 injured people', 0)).toBeUndefined();
    expect(phraseBefore('She was ', 8)).toBeUndefined();
  });
});

describe('numbers that are not a list', () => {
  it('leaves a score written with dashes alone', () => {
    const units = proposeFigures('Gauff had defeated Ostapenko in two sets, 6–0 and 6–2, advancing her', []).figures.map((f) => f.unit);
    expect(units[0]).toBe('sets');
    expect(units.slice(1)).not.toContain('sets');
  });
});
