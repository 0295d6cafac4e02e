import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY } from '../../shared/schema/defaultVocabulary';
import { VocabularySchema, vocabularyProblems } from '../../shared/schema/schema';
import { defaultStudioVocabulary, kindFor, kindNamed, newStoryVocabulary, studioKinds } from './kinds';

const ELECTION = {
  lanes: [
    { kinds: [{ id: 'vote', label: 'Polling day' }] },
    { kinds: [{ id: 'result', label: 'Result' }, { id: 'declaration', label: 'Declaration' }] },
    { kinds: [{ id: 'dispute', label: 'Dispute' }, { id: 'protest', label: 'Protest' }, { id: 'statement', label: 'Statement' }] },
  ],
};

describe('the story’s kinds in the studio', () => {
  it('are the kinds its vocabulary declares, in lane order, and the default set’s without one', () => {
    expect(studioKinds(ELECTION).map((k) => k.id)).toEqual(['vote', 'result', 'declaration', 'dispute', 'protest', 'statement']);
    expect(studioKinds().map((k) => k.id)).toEqual(DEFAULT_VOCABULARY.lanes.flatMap((l) => l.kinds.map((k) => k.id)));
    expect(defaultStudioVocabulary()).toEqual(DEFAULT_VOCABULARY);
    expect(defaultStudioVocabulary()).not.toBe(DEFAULT_VOCABULARY);
  });

  it('starts a new story with the default set made general: periods that are not a truce’s, no lane of exchanges', () => {
    const vocabulary = newStoryVocabulary();
    expect(vocabulary.lanes.map((l) => [l.id, l.name])).toEqual([
      ['periods', 'Periods'],
      ['violence', 'Casualties, violence, military'],
      ['diplomacy', 'Diplomacy, statements'],
      ['humanitarian', 'Humanitarian aid'],
    ]);
    expect(vocabulary.figureGroups?.map((g) => g.heading)).toEqual(['Casualties']);
    // A vocabulary the data pipeline accepts as it is.
    expect(vocabularyProblems(VocabularySchema.parse(vocabulary))).toEqual([]);
    const kinds = studioKinds(vocabulary);
    expect(kindFor('The four-day truce began at 7 a.m.', kinds).kind).toBe('period');
    expect(kindFor('Two towns declared a state of calamity', kinds).kind).toBe('period');
  });

  it('suggests a declared kind by the words of its own id and label', () => {
    const kinds = studioKinds(ELECTION);
    expect(kindFor('Protesters took to the streets of Lagos', kinds).kind).toBe('protest');
    expect(kindFor('INEC made the declaration at 4:00 a.m.', kinds).kind).toBe('declaration');
    expect(kindFor('Polling stations opened late', kinds).kind).toBe('vote');
    // A stem suggests its kind only with a common ending: "truck" is not a truce, "declared" is a declaration.
    expect(kindFor('A truck was resupplying the hospital', studioKinds()).kind).not.toBe('truce-period');
    expect(kindFor('INEC declared Tinubu the winner', kinds)).toEqual({ kind: 'declaration', cues: ['declar'] });
    // No kind of the story's is suggested: a statement, which the story has.
    expect(kindFor('The weather was fine', kinds).kind).toBe('statement');
    expect(kindNamed('Polling day', kinds)).toBe('vote');
    // A kind the story does not declare is never proposed.
    expect(kinds.map((k) => k.id)).not.toContain('casualties');
  });
});
