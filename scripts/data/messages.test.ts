import { describe, expect, it } from 'vitest';
import { AuthoringSchema } from './authoring';
import { didYouMean, editDistance, formatIssue, knownKeysAt } from './messages';

function messages(raw: unknown): string[] {
  const result = AuthoringSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.flatMap((issue) => formatIssue(issue, raw, AuthoringSchema));
}

const event = (extra: Record<string, unknown> = {}) => ({
  id: 'rescue',
  kind: 'humanitarian',
  title: 'Rescue',
  start: '2018-07-10',
  dateBasis: 'stated',
  quotes: ['The last four boys were brought out on July 10.'],
  ...extra,
});

describe('strict authoring files', () => {
  it('refuses a misspelt key, suggesting the one meant', () => {
    const raw = { seed: 'a.txt', story: {}, events: [event({ figures: [{ value: 4, unit: 'boys', label: 'rescued', qualifer: 'nearly' }] })] };
    expect(messages(raw)).toEqual(['events[0].figures[0]: unknown key "qualifer": did you mean "qualifier"? (event "rescue")']);
  });

  it('refuses an unknown key on the story, suggesting the one meant', () => {
    expect(messages({ seed: 'a.txt', story: { headline: 'A' }, events: [event()] })).toEqual(['story: unknown key "headline": did you mean "headlines"?']);
  });

  it('lists the keys it knows when nothing is close', () => {
    expect(messages({ seed: 'a.txt', story: {}, events: [event({ photographer: 'X' })] })[0]).toBe(
      'events[0]: unknown key "photographer": the keys here are id, kind, title, summary, start, end, dateBasis, dateNote, figures, quotes (event "rescue")',
    );
  });

  it('names the event, the field and the value that is wrong', () => {
    expect(messages({ seed: 'a.txt', story: {}, events: [event({ shape: 'circle' })] })[0]).toBe('events[0]: unknown key "shape": the keys here are id, kind, title, summary, start, end, dateBasis, dateNote, figures, quotes (event "rescue")');
    expect(messages({ seed: 'a.txt', story: {}, events: [event({ start: '10 July 2018' })] })[0]).toMatch(/^events\[0\]\.start: expected a date .* \(got "10 July 2018"\) \(event "rescue"\)$/);
    expect(messages({ seed: 'a.txt', story: {}, events: [event({ figures: [{ value: '4', unit: 'boys', label: 'x' }] })] })).toEqual([
      'events[0].figures[0].value: expected number, got "4" (event "rescue")',
    ]);
    expect(messages({ seed: 'a.txt', story: { timeZone: 'Asia/Bangkog' }, events: [event()] })[0]).toMatch(/^story\.timeZone: expected an IANA time zone name .* \(got "Asia\/Bangkog"\)$/);
  });

  it('suggests the key meant in a vocabulary, where editors write colour the British way', () => {
    const lane = { id: 'count', name: 'The count', colour: { light: '#0b5cad', dark: '#8cc2ff' }, kinds: [{ id: 'result', label: 'Result' }] };
    expect(messages({ seed: 'a.txt', story: {}, vocabulary: { lanes: [lane] }, events: [event()] })).toEqual(['vocabulary.lanes[0]: unknown key "colour": did you mean "color"?']);
    expect(messages({ seed: 'a.txt', story: {}, vocabulary: { lanes: [{ ...lane, colour: undefined, shape: 'oval' }] }, events: [event()] })[0]).toMatch(/^vocabulary\.lanes\[0\]\.shape: "oval" is not one of diamond, circle, /);
  });

  it('names an event without a usable id by its place', () => {
    expect(messages({ seed: 'a.txt', story: {}, events: [event({ id: undefined })] })).toEqual(['events[0].id: missing (expected string)']);
  });

  it('reads the keys it knows from the schema itself', () => {
    expect(knownKeysAt(AuthoringSchema, ['events', 0, 'figures', 0])).toEqual(['value', 'unit', 'label', 'qualifier', 'scope']);
    expect(knownKeysAt(AuthoringSchema, ['events', 0, 'quotes', 0])).toEqual(['text', 'occurrence']);
    expect(knownKeysAt(AuthoringSchema, ['story', 'source'])).toEqual(['publisher', 'url', 'byline', 'published', 'license']);
    expect(knownKeysAt(AuthoringSchema, ['vocabulary', 'lanes', 0])).toEqual(['id', 'name', 'shortName', 'shape', 'color', 'periods', 'kinds']);
  });

  it('suggests only near misses', () => {
    expect(editDistance('qualifer', 'qualifier')).toBe(1);
    expect(didYouMean('qualifer', ['value', 'qualifier'])).toBe('qualifier');
    expect(didYouMean('dateNotes', ['dateNote', 'dateBasis'])).toBe('dateNote');
    expect(didYouMean('colour', ['value', 'unit', 'label'])).toBeUndefined();
  });
});
