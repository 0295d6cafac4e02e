import { describe, expect, it } from 'vitest';
import { importTimelineCsv } from '../import/timelinejs';
import { importedProposals } from './fromImport';
import { studioKinds } from './kinds';

describe('imported events as proposals', () => {
  it('keep their words and dates, inferred and explained, with no quote until anchored', () => {
    const csv = 'Year,Month,Day,Time,Headline,Text,Group\n2014,12,28,6:17,Flight vanishes,"Radar lost",Humanitarian aid\n2014,3,,,MH370 missing,,\n';
    const [flight, mh370] = importedProposals(importTimelineCsv(csv), studioKinds(), new Set(['flight-vanishes']), false);
    expect(flight?.event).toEqual({
      id: 'flight-vanishes-2',
      kind: 'humanitarian',
      title: 'Flight vanishes',
      summary: 'Radar lost',
      start: '2014-12-28',
      dateBasis: 'inferred',
      dateNote: 'Imported from a TimelineJS3 timeline (row 2), which gives 2014-12-28 and the time 06:17 (declare the story’s time zone to place it). Check it against the article’s words.',
      figures: [],
      quotes: [],
    });
    expect(mh370?.event).toMatchObject({ start: '2014-03-01', end: '2014-03-31', dateNote: expect.stringContaining('gives only the month, so it is drawn over the whole month') as unknown });
  });

  it('keep a time when the story has a zone to place it in', () => {
    const csv = 'Year,Month,Day,Time,Headline\n2014,12,28,6:17,Flight vanishes\n';
    expect(importedProposals(importTimelineCsv(csv), studioKinds(), new Set(), true)[0]?.event.start).toBe('2014-12-28T06:17');
  });
});
