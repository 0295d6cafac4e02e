import { describe, expect, it } from 'vitest';
import { proposeFigures } from './figures.ts';

const figures = (clause: string) => proposeFigures(clause, []).figures;

describe('figures proposed from a clause', () => {
  it('keeps the hedge beside a number as its qualifier, as the data pipeline checks it', () => {
    const clause = 'An Indonesian naval ship today recovered at least three bodies.';
    expect(proposeFigures(clause, [{ start: clause.indexOf('today'), end: clause.indexOf('today') + 5 }]).figures).toEqual([{ value: 3, unit: 'bodies', label: 'ship recovered', qualifier: 'at least' }]);
    expect(figures('had about 750,000 followers on Facebook')).toMatchObject([{ value: 750_000, unit: 'followers', qualifier: 'about' }]);
  });

  it('reads what a number counts after it, glued on or in words', () => {
    expect(figures('The flight crew next asked to climb from 32,000ft to 38,000ft.').map((f) => [f.value, f.unit])).toEqual([[32_000, 'ft'], [38_000, 'ft']]);
    expect(figures('155 passengers and seven crew were on board.').map((f) => [f.value, f.unit])).toEqual([[155, 'passengers'], [7, 'crew']]);
    expect(figures('is carrying 735 mainly British passengers and 349 crew.').map((f) => [f.value, f.unit])).toEqual([[735, 'British passengers'], [349, 'crew']]);
    expect(figures('Most were Indonesians, with three South Koreans, one Malaysian, one Brit and one French person on board.').map((f) => [f.value, f.unit])).toEqual([
      [3, 'South Koreans'],
      [1, 'Malaysian'],
      [1, 'Brit'],
      [1, 'French person'],
    ]);
    expect(figures('Kennedy had received three "notices of infractions" that are connected with the crash').map((f) => [f.value, f.unit])).toEqual([[3, 'notices']]);
    // "one" before a person counts even alone; "one of them" and "one day" do not.
    expect(figures('one inmate attempted to escape but was quickly recaptured').map((f) => [f.value, f.unit])).toEqual([[1, 'inmate']]);
    expect(figures('local media reported one man had died').map((f) => [f.value, f.unit])).toEqual([[1, 'man']]);
    expect(figures('one of them escaped one day').map((f) => [f.value, f.unit])).toEqual([]);
  });

  it('gives a percentage or a currency the unit the check asks for', () => {
    expect(figures('Tinubu received 8,794,726 votes (36.61%), carrying 12 states')).toMatchObject([
      { value: 8_794_726, unit: 'votes' },
      { value: 36.61, unit: '%' },
      { value: 12, unit: 'states' },
    ]);
    expect(figures('a payout of $1.7 billion')).toMatchObject([{ value: 1_700_000_000, unit: 'US dollars' }]);
    expect(figures('a contract worth GBP 355 million')).toMatchObject([{ value: 355_000_000, unit: 'pounds' }]);
  });

  it('takes only a noun after a number for what it counts, and reads magnitudes and casualties', () => {
    // Sentences of an earthquake report (the authoring trial's article): before, the units were "that", "due", "following" and "injured".
    const quake = 'aftershocks of a powerful earthquake with reported magnitude 6.3 that struck southern Philippines have increased the death toll from five people to six due to a massive landslide following a 5.0 magnitude aftershock';
    expect(figures(quake).map((f) => [f.value, f.unit, f.label])).toEqual([
      [6.3, 'magnitude', 'earthquake'],
      [5, 'people', 'death toll, before'],
      [6, 'people', 'death toll'],
      [5, 'magnitude', 'aftershock'],
    ]);
    expect(figures('the strong tremor left five dead and, by early reports, at least 30 injured.')).toEqual([
      { value: 5, unit: 'people', label: 'dead' },
      { value: 30, unit: 'people', label: 'injured', qualifier: 'at least' },
    ]);
    expect(figures('the total reported casualties increased to 167 from a previous 93 injured people.').map((f) => [f.value, f.unit, f.label])).toEqual([
      [167, 'count', 'casualties increased'],
      [93, 'people', 'injured'],
    ]);
    expect(figures('A 5.3-magnitude quake was recorded in Manay').map((f) => [f.value, f.unit, f.label])).toEqual([[5.3, 'magnitude', 'quake']]);
    expect(figures('the second quake had a magnitude of 4.0 and was recorded in Sultan Kudarat').map((f) => f.unit)).toEqual(['magnitude']);
  });

  it('reads ages and measures written as compounds', () => {
    expect(figures('an 85-year-old man was airlifted')).toMatchObject([{ value: 85, unit: 'years', label: 'age' }]);
    expect(figures('She was 26.')).toEqual([{ value: 26, unit: 'years', label: 'age' }]);
    expect(figures('The driver, aged 45, was arrested')).toEqual([{ value: 45, unit: 'years', label: 'age' }]);
    expect(figures('Gauff, who is 19, won the title')).toEqual([{ value: 19, unit: 'years', label: 'age' }]);
    // Not a person: a count stays a count.
    expect(figures('It was 26.').map((f) => f.unit)).toEqual(['count']);
    expect(figures('The total was 26.').map((f) => f.unit)).toEqual(['count']);
    expect(figures('A 50-foot-hole appeared in the M2 motorway in Kent')).toMatchObject([{ value: 50, unit: 'feet' }]);
    expect(figures('according to an 88-page criminal complaint')).toMatchObject([{ value: 88, unit: 'pages' }]);
  });

  it('leaves out numbers that name: models, flights, codes', () => {
    expect(figures('They were flying Airbus A320-200 registration PK-AXC and serial number 3648, which was six years old.')).toEqual([{ value: 6, unit: 'years', label: 'age' }]);
    expect(figures('in July Malaysia Airlines Flight 17 was shot down in Ukraine with 298 casualties')).toMatchObject([{ value: 298, unit: 'casualties' }]);
    expect(figures('Previous landers include Viking 1, Viking 2 and Pathfinder.')).toEqual([]);
    expect(figures('the accident occurred near the 100 block of C Street SE')).toEqual([]);
  });

  it('leaves out the span of time between two events', () => {
    expect(figures('The transponder ceased to be received a minute later.')).toEqual([]);
  });

  it('leaves out the numbers inside the clause’s dates and times', () => {
    const clause = 'The vessel sailed from Tilbury on January 5';
    expect(proposeFigures(clause, [{ start: clause.indexOf('January'), end: clause.length }]).figures).toEqual([]);
  });

  it('reads "a year" after a figure as its rate, not as a figure of one year', () => {
    expect(figures('The club pays him $5 million a year.')).toEqual([{ value: 5_000_000, unit: 'US dollars', label: 'pays him per year' }]);
    expect(figures('The plant makes 40 cars a day.')).toEqual([{ value: 40, unit: 'cars', label: 'plant makes per day' }]);
    expect(figures('He was jailed for 20 years a week ago').map((f) => [f.value, f.unit])).toEqual([[20, 'years']]);
  });

  it('reads "six and a half" as 6.5', () => {
    expect(figures('the whole sequence to touching down on the surface took only [six and a half] minutes')).toMatchObject([{ value: 6.5 }]);
  });
});
