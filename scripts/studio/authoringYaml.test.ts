import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { StudioAuthoring } from '../../src/studio/model/authoring.ts';
import { AuthoringSchema } from '../data/authoring.ts';
import { authoringYaml, innerComments, leadingComment, newFileComment } from './authoringYaml.ts';
import { toStudioAuthoring } from './stories.ts';

const AUTHORING: StudioAuthoring = {
  seed: 'storm.txt',
  story: { date: '2014-02-15', dateBasis: 'stated', title: '', source: { publisher: 'Wikinews', url: '' } },
  events: [
    {
      id: 'storm-deaths',
      kind: 'casualties',
      title: 'Two die in storms',
      start: '2014-02-14',
      dateBasis: 'inferred',
      dateNote: '“last night”, in an article dated Saturday 15 February 2014, is Friday 14 February.',
      summary: '',
      figures: [{ value: 2, unit: 'people', label: 'died, in the storms', qualifier: 'at least' }],
      quotes: [{ text: 'Two people have died in incidents related to storms' }, { text: 'yesterday: "It was # bad"', occurrence: 2 }],
    },
    { id: 'no-figures', kind: 'statement', title: 'Plain', start: '2014-02-15', dateBasis: 'stated', figures: [], quotes: [] },
  ],
};

describe('the authoring file the studio writes', () => {
  it('writes every story in seeds/ back as the same data: nothing the file holds is lost by a save from the studio', () => {
    const folder = new URL('../../seeds/', import.meta.url);
    const names = readdirSync(folder).filter((n) => n.endsWith('.events.yaml'));
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      const raw = parse(readFileSync(new URL(name, folder), 'utf8')) as Record<string, unknown>;
      const back = parse(authoringYaml(toStudioAuthoring(raw, 'x.txt'), '')) as Record<string, unknown>;
      // The file as read by npm run data's schema, both ways (defaults such as `figures: []` filled in).
      expect(AuthoringSchema.parse(back), name).toEqual(AuthoringSchema.parse(raw));
    }
  });

  it('keeps the story’s language, after its zone, so a save never turns an Arabic story into an English one', () => {
    const raw = { seed: 'x.txt', story: { timeZone: 'Asia/Jerusalem', timeZoneName: 'IST', lang: 'he' }, events: AUTHORING.events.slice(0, 1) };
    const text = authoringYaml(toStudioAuthoring(raw, 'x.txt'), '');
    expect(text).toContain(['  timeZoneName: IST', '  lang: he'].join('\n'));
    expect((parse(text) as { story: { lang?: string } }).story.lang).toBe('he');
  });

  it('writes a story’s vocabulary (lanes with their kinds, colours, figure groups) so it reads back as the same data', () => {
    const raw = parse(readFileSync(new URL('../../seeds/nigeria-election-2023.events.yaml', import.meta.url), 'utf8')) as { vocabulary: unknown };
    const studio = toStudioAuthoring(raw, 'nigeria-election-2023.txt');
    const text = authoringYaml(studio, '');
    const back = parse(text) as { vocabulary: unknown };
    expect(back.vocabulary).toEqual(raw.vocabulary);
    expect(AuthoringSchema.safeParse(back).success).toBe(true);
    expect(text).toContain(['vocabulary:', '  lanes:', '    - id: voting', '      name: Voting', '      shape: square', '      color: { light: "#1f7a4d", dark: "#6fd3a0" }', '      kinds:', '        - { id: vote, label: Polling day }'].join('\n'));
    expect(text).toContain('    - { heading: Votes, kinds: [result], units: [votes], chart: bars }');
  });

  it('writes keys in the documented order, one field per line, figures and quotes on a line each', () => {
    expect(authoringYaml(AUTHORING, newFileComment('storm.txt'))).toBe(
      [
        '# Authoring file for storm.txt, made in the Sourceline studio.',
        "# Each event lists the article's own words it rests on (quotes, verbatim, no offsets):",
        '# `npm run data` finds them, records their offsets and checks every figure against them.',
        'seed: storm.txt',
        '',
        'story:',
        '  date: 2014-02-15',
        '  dateBasis: stated',
        '  source:',
        '    publisher: Wikinews',
        '',
        'events:',
        '  - id: storm-deaths',
        '    kind: casualties',
        '    title: Two die in storms',
        '    start: 2014-02-14',
        '    dateBasis: inferred',
        '    dateNote: “last night”, in an article dated Saturday 15 February 2014, is Friday 14 February.',
        '    figures:',
        '      - { value: 2, unit: people, label: "died, in the storms", qualifier: at least }',
        '    quotes:',
        '      - Two people have died in incidents related to storms',
        `      - { text: 'yesterday: "It was # bad"', occurrence: 2 }`,
        '',
        '  - id: no-figures',
        '    kind: statement',
        '    title: Plain',
        '    start: 2014-02-15',
        '    dateBasis: stated',
        '    quotes: []',
        '',
      ].join('\n'),
    );
  });

  it('reads back as exactly what it was written from, whatever the words', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, fc.double({ min: 0, max: 1e12, noNaN: true }), (title, quote, note, value) => {
        const authoring: StudioAuthoring = {
          seed: 'a.txt',
          story: {},
          events: [{ id: 'e', kind: 'statement', title, start: '2020-01-01', dateBasis: 'inferred', dateNote: note, figures: [{ value, unit: title, label: note }], quotes: [{ text: quote }] }],
        };
        const yaml = authoringYaml(authoring, '');
        const back = parse(yaml) as { events: [{ title: string; dateNote: string; quotes: string[]; figures: [{ value: number; unit: string }] }] };
        expect(back.events[0].title).toBe(title);
        expect(back.events[0].dateNote).toBe(note);
        expect(back.events[0].quotes[0]).toBe(quote);
        expect(back.events[0].figures[0]).toMatchObject({ value, unit: title });
      }),
      // U+205F at the end of a title was once lost (trimEnd() took it for a space).
      { numRuns: 1000, examples: [['x\u205f', ' ', '\t', 0]] },
    );
  });

  it('keeps a file’s opening comment and counts the comments it would not keep', () => {
    const truce = readFileSync(new URL('../../seeds/gaza-truce.events.yaml', import.meta.url), 'utf8');
    expect(leadingComment(truce).split('\n')).toHaveLength(5);
    expect(innerComments(truce)).toBe(2);
  });
});
