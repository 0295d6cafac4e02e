import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/schema/schema';
import { clusterSpokenLabel, keyFigures, labelCandidates, spokenLabel } from './markText';

function event(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'jerusalem-shooting',
    kind: 'violence',
    title: 'Shooting in Jerusalem kills three people',
    start: '2023-11-30',
    dateBasis: 'inferred',
    dateNote: 'The article says "on Thursday".',
    figures: [{ value: 3, unit: 'people', label: 'killed' }],
    quotes: [{ text: 'three people', start: 0, end: 12 }],
    ...overrides,
  };
}

describe('what a mark says', () => {
  it('speaks the date, whether it is inferred, the title, the figures and the kind', () => {
    expect(spokenLabel(event(), 'Violence')).toBe('30 November 2023 (date inferred): Shooting in Jerusalem kills three people, 3 people killed. Violence');
    expect(spokenLabel(event({ dateBasis: 'stated', figures: [], start: '2023-11-24', end: '2023-11-27', kind: 'truce-period', title: 'Truce' }), 'Truce period')).toBe(
      '24–27 November 2023: Truce. Truce period',
    );
  });

  it('keeps qualifiers and exact values in the visible figures', () => {
    const deaths = event({ figures: [{ value: 240, unit: 'Palestinians', label: 'killed', qualifier: 'nearly' }] });
    expect(keyFigures(deaths)).toBe('nearly 240 Palestinians');
    const exchange = event({
      figures: [
        { value: 8, unit: 'Israeli hostages', label: 'released' },
        { value: 30, unit: 'Palestinian prisoners', label: 'released' },
        { value: 1234, unit: 'minors', label: 'released' },
      ],
    });
    expect(keyFigures(exchange)).toBe('8 Israeli hostages, 30 Palestinian prisoners');
  });

  it('offers labels from the longest to the shortest', () => {
    expect(labelCandidates(event())).toEqual(['Shooting in Jerusalem kills three people · 3 people', 'Shooting in Jerusalem kills three people']);
    expect(labelCandidates(event({ figures: [] }))).toEqual(['Shooting in Jerusalem kills three people']);
  });

  it('says how many events a cluster holds and what activating it does', () => {
    const a = event();
    const b = event({ id: 'b', start: '2023-12-02' });
    expect(clusterSpokenLabel(2, 'Casualties, violence, military', a, b, true)).toBe(
      '2 events in Casualties, violence, military from 30 November 2023 to 2 December 2023. Activate to zoom to them',
    );
    expect(clusterSpokenLabel(3, 'Exchanges', a, a, false)).toBe('3 events in Exchanges on 30 November 2023. Activate to list them');
  });
});
