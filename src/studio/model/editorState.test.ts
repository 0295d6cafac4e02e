import { describe, expect, it } from 'vitest';
import type { StudioEvent } from './authoring';
import { editorReducer, initialEditor, mergeEvents, splitEvent, type Proposal } from './editorState';

const event = (over: Partial<StudioEvent> = {}): StudioEvent => ({ id: 'a', kind: 'statement', title: 'A', start: '2014-02-14', dateBasis: 'inferred', dateNote: 'Note a.', figures: [], quotes: [{ text: 'Quote a.' }], ...over });
const proposal = (key: string, over: Partial<StudioEvent> = {}): Proposal => ({ key, event: event({ id: key, title: key, ...over }), reasons: [], origin: 'draft' });
const start = () => initialEditor({ seed: 's.txt', story: {}, events: [] });

describe('the editor’s work', () => {
  it('adds nothing to the file until a proposal is accepted, and gives accepted events unique ids', () => {
    let s = editorReducer(start(), { type: 'propose', proposals: [proposal('x'), proposal('y', { id: 'x' })], replace: true });
    expect(s.authoring.events).toEqual([]);
    expect(s.dirty).toBe(false);
    s = editorReducer(s, { type: 'acceptAll' });
    expect(s.authoring.events.map((e) => e.id)).toEqual(['x', 'x-2']);
    expect([s.proposals, s.dirty]).toEqual([[], true]);
  });

  it('updates a proposal already listed (an import’s suggestion arriving) and adds new ones', () => {
    let s = editorReducer(start(), { type: 'propose', proposals: [proposal('x'), proposal('y')], replace: true });
    s = editorReducer(s, { type: 'propose', proposals: [{ ...proposal('x'), suggestion: { text: 'S.' } }, proposal('z')], replace: false });
    expect(s.proposals.map((p) => [p.key, p.suggestion?.text])).toEqual([['x', 'S.'], ['y', undefined], ['z', undefined]]);
  });

  it('rejects a proposal without touching the file', () => {
    const s = editorReducer(editorReducer(start(), { type: 'propose', proposals: [proposal('x')], replace: true }), { type: 'reject', key: 'x' });
    expect([s.proposals, s.authoring.events, s.dirty]).toEqual([[], [], false]);
  });

  it('accepts an imported event with the suggested sentence as its quote when asked', () => {
    const p = { ...proposal('i', { quotes: [] }), suggestion: { text: 'The sentence.' } };
    const s = editorReducer(editorReducer(start(), { type: 'propose', proposals: [p], replace: true }), { type: 'accept', key: 'i', useSuggestion: true });
    expect(s.authoring.events[0]?.quotes).toEqual([{ text: 'The sentence.' }]);
  });

  it('keeps an id made from the title following the title, and an id typed by hand as it is', () => {
    let s = editorReducer(start(), { type: 'addEvent', event: event({ id: 'storm-hits', title: 'Storm hits' }) });
    s = editorReducer(s, { type: 'event', index: 0, field: 'title', value: 'Storm hits the coast' });
    expect(s.authoring.events[0]?.id).toBe('storm-hits-the-coast');
    s = editorReducer(s, { type: 'event', index: 0, field: 'id', value: 'my-id' });
    s = editorReducer(s, { type: 'event', index: 0, field: 'title', value: 'Another' });
    expect(s.authoring.events[0]?.id).toBe('my-id');
  });

  it('leaves an optional field out when it is emptied, and keeps a required one as an empty value for the checks to name', () => {
    let s = editorReducer(start(), { type: 'addEvent', event: event({ end: '2014-02-15' }) });
    s = editorReducer(s, { type: 'event', index: 0, field: 'end', value: '' });
    s = editorReducer(s, { type: 'event', index: 0, field: 'title', value: '' });
    expect(s.authoring.events[0]).not.toHaveProperty('end');
    expect(s.authoring.events[0]?.title).toBe('');
  });

  it('adds a quote once, and edits figures in place', () => {
    let s = editorReducer(start(), { type: 'addEvent', event: event() });
    s = editorReducer(s, { type: 'addQuote', index: 0, quote: { text: 'Quote a.' } });
    s = editorReducer(s, { type: 'addQuote', index: 0, quote: { text: 'Quote b.', occurrence: 2 } });
    s = editorReducer(s, { type: 'addFigure', index: 0 });
    s = editorReducer(s, { type: 'figure', index: 0, figure: 0, field: 'value', value: 12 });
    expect(s.authoring.events[0]).toMatchObject({ quotes: [{ text: 'Quote a.' }, { text: 'Quote b.', occurrence: 2 }], figures: [{ value: 12, unit: '', label: '' }] });
  });

  it('merges two events into one spanning both, and splits it again by quote with the figures each states', () => {
    const a = event({ id: 'a', start: '2014-02-14', quotes: [{ text: 'Two died.' }], figures: [{ value: 2, unit: 'people', label: 'died' }] });
    const b = event({ id: 'b', start: '2014-02-16', dateNote: 'Note b.', quotes: [{ text: 'Seven were hurt.' }], figures: [{ value: 7, unit: 'people', label: 'hurt' }] });
    const merged = mergeEvents(a, b);
    expect(merged).toMatchObject({ id: 'a', start: '2014-02-14', end: '2014-02-16', dateBasis: 'inferred', dateNote: 'Note a. Note b.', quotes: [{ text: 'Two died.' }, { text: 'Seven were hurt.' }] });
    const [first, second] = splitEvent(merged, new Set(['a']));
    expect(first).toMatchObject({ id: 'a', figures: [{ value: 2 }], quotes: [{ text: 'Two died.' }] });
    expect(second).toMatchObject({ id: 'a-2', figures: [{ value: 7 }], quotes: [{ text: 'Seven were hurt.' }] });
  });

  it('merges and splits proposals before any is accepted', () => {
    let s = editorReducer(start(), { type: 'propose', proposals: [proposal('x'), proposal('y', { quotes: [{ text: 'Quote y.' }] })], replace: true });
    s = editorReducer(s, { type: 'mergeProposals', key: 'x' });
    expect(s.proposals.map((p) => p.event.quotes.length)).toEqual([2]);
    s = editorReducer(s, { type: 'splitProposal', key: 'x+y' });
    expect(s.proposals.map((p) => p.event.quotes[0]?.text)).toEqual(['Quote a.', 'Quote y.']);
    expect(s.authoring.events).toEqual([]);
  });

  it('accepts or rejects every proposal at once, and merges a proposal with the one after it', () => {
    const listed = [proposal('x'), proposal('y'), proposal('z')];
    let s = editorReducer(start(), { type: 'propose', proposals: listed, replace: true });
    s = editorReducer(s, { type: 'mergeProposals', key: 'x' });
    expect(s.proposals.map((p) => p.key)).toEqual(['x+y', 'z']);
    s = editorReducer(s, { type: 'acceptAll' });
    expect([s.authoring.events.map((e) => e.id), s.proposals]).toEqual([['x', 'z'], []]);
    s = editorReducer(editorReducer(start(), { type: 'propose', proposals: listed, replace: true }), { type: 'rejectAll' });
    expect([s.authoring.events, s.proposals]).toEqual([[], []]);
  });

  it('moves the open event with the list when an event before it goes', () => {
    let s = start();
    for (const id of ['a', 'b', 'c']) s = editorReducer(s, { type: 'addEvent', event: event({ id }) });
    s = editorReducer(s, { type: 'select', index: 2 });
    s = editorReducer(s, { type: 'removeEvent', index: 0 });
    expect(s.selected).toBe(1);
    expect(s.authoring.events.map((e) => e.id)).toEqual(['b', 'c']);
  });

  it('sets and clears the story’s fields and its source', () => {
    let s = editorReducer(start(), { type: 'source', field: 'publisher', value: 'Wikinews' });
    s = editorReducer(s, { type: 'story', field: 'date', value: '2014-02-15' });
    expect(s.authoring.story).toEqual({ source: { publisher: 'Wikinews' }, date: '2014-02-15' });
    s = editorReducer(s, { type: 'source', field: 'publisher', value: '' });
    expect(s.authoring.story).toEqual({ date: '2014-02-15' });
  });
});
