import { statesNumber } from '../../shared/text/numbers';
import type { StudioAuthoring, StudioEvent, StudioFigure, StudioQuote, StudioSource, StudioStory, StudioVocabulary } from './authoring';
import { slugFor, uniqueId } from './ids';

/**
 * The editor's work as a pure reducer: the authoring file being edited, the proposals (from the
 * draft, an import or a selection) that are not part of it until accepted, and which event is
 * open. Nothing here saves; the studio saves `authoring` when the editor asks.
 */

export interface Proposal {
  key: string;
  event: StudioEvent;
  /** How its date, figures and kind were worked out. */
  reasons: string[];
  origin: 'draft' | 'import' | 'selection';
  /** A sentence of the article an imported event probably rests on. */
  suggestion?: StudioQuote;
}

export interface EditorState {
  authoring: StudioAuthoring;
  proposals: Proposal[];
  /** The open event, by index into `authoring.events`. */
  selected: number | null;
  /** Changed since it was loaded or saved. */
  dirty: boolean;
}

type ScalarEventField = 'id' | 'kind' | 'title' | 'summary' | 'start' | 'end' | 'dateBasis' | 'dateNote';
type FigureField = keyof StudioFigure;

export type EditorAction =
  | { type: 'load'; authoring: StudioAuthoring; dirty?: boolean }
  | { type: 'saved' }
  | { type: 'story'; field: Exclude<keyof StudioStory, 'source' | 'headlines' | 'keepRootLinks'>; value: string }
  | { type: 'headlines'; value: string[] | undefined }
  | { type: 'source'; field: Exclude<keyof StudioSource, 'license'>; value: string }
  | { type: 'license'; field: 'name' | 'url'; value: string }
  /** The story's kinds: a new vocabulary, or none (the default set). */
  | { type: 'vocabulary'; vocabulary: StudioVocabulary | undefined }
  | { type: 'kindLabel'; lane: number; kind: number; label: string }
  | { type: 'addKind'; lane: number; label: string }
  | { type: 'removeKind'; lane: number; kind: number }
  | { type: 'event'; index: number; field: ScalarEventField; value: string }
  | { type: 'figure'; index: number; figure: number; field: FigureField; value: string | number }
  | { type: 'addFigure'; index: number }
  | { type: 'removeFigure'; index: number; figure: number }
  | { type: 'addQuote'; index: number; quote: StudioQuote }
  | { type: 'removeQuote'; index: number; quote: number }
  | { type: 'select'; index: number | null }
  | { type: 'addEvent'; event: StudioEvent }
  | { type: 'removeEvent'; index: number }
  | { type: 'mergeEvents'; index: number }
  | { type: 'splitEvent'; index: number }
  | { type: 'propose'; proposals: Proposal[]; replace: boolean }
  | { type: 'accept'; key: string; useSuggestion?: boolean }
  | { type: 'reject'; key: string }
  | { type: 'acceptAll' }
  | { type: 'rejectAll' }
  | { type: 'mergeProposals'; key: string }
  | { type: 'splitProposal'; key: string };

export function initialEditor(authoring: StudioAuthoring): EditorState {
  return { authoring, proposals: [], selected: null, dirty: false };
}

const set = <T extends object>(o: T, key: keyof T, value: unknown): T => {
  const copy = { ...o } as Record<PropertyKey, unknown>;
  if (value === '' || value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as T;
};

const sameQuote = (a: StudioQuote, b: StudioQuote) => a.text === b.text && (a.occurrence ?? 1) === (b.occurrence ?? 1);

/** One event out of two: both events' quotes and figures, from the earlier start to the later end. */
export function mergeEvents(a: StudioEvent, b: StudioEvent): StudioEvent {
  const quotes = [...a.quotes, ...b.quotes.filter((q) => !a.quotes.some((p) => sameQuote(p, q)))];
  const figures = [...a.figures, ...b.figures.filter((f) => !a.figures.some((g) => g.value === f.value && g.unit === f.unit))];
  const [first, second] = a.start <= b.start || !b.start ? [a, b] : [b, a];
  const lastEnd = [a.end ?? a.start, b.end ?? b.start].filter(Boolean).sort().at(-1);
  const start = first.start || second.start;
  const notes = [a.dateNote, b.dateNote].filter((n): n is string => Boolean(n));
  return {
    ...a,
    start,
    ...(lastEnd && lastEnd !== start ? { end: lastEnd } : { end: undefined }),
    dateBasis: a.dateBasis === 'stated' && b.dateBasis === 'stated' && a.start === b.start ? 'stated' : 'inferred',
    ...(notes.length > 0 ? { dateNote: [...new Set(notes)].join(' ') } : {}),
    figures,
    quotes,
  };
}

/** One event per quote, each with the figures its quote states (a figure no quote states stays with the first). */
export function splitEvent(event: StudioEvent, taken: Set<string>): StudioEvent[] {
  if (event.quotes.length < 2) return [event];
  return event.quotes.map((quote, i) => {
    const figures = event.figures.filter((f) => {
      const states = (q: StudioQuote) => typeof f.value === 'number' && statesNumber(q.text, f.value);
      return states(quote) || (i === 0 && !event.quotes.some(states));
    });
    return { ...event, id: i === 0 ? event.id : uniqueId(`${event.id}`, taken), figures, quotes: [quote] };
  });
}

/** An event to add: its id made unique among the story's. */
function withUniqueId(event: StudioEvent, events: readonly StudioEvent[]): StudioEvent {
  const taken = new Set(events.map((e) => e.id));
  return taken.has(event.id) || !event.id ? { ...event, id: uniqueId(event.id || slugFor(event.title), taken) } : event;
}

function updateEvent(state: EditorState, index: number, change: (event: StudioEvent) => StudioEvent): EditorState {
  const event = state.authoring.events[index];
  if (!event) return state;
  const events = state.authoring.events.map((e, i) => (i === index ? change(e) : e));
  return { ...state, authoring: { ...state.authoring, events }, dirty: true };
}

function updateLane(state: EditorState, index: number, change: (lane: StudioVocabulary['lanes'][number]) => StudioVocabulary['lanes'][number]): EditorState {
  const vocabulary = state.authoring.vocabulary;
  if (!vocabulary?.lanes[index]) return state;
  const lanes = vocabulary.lanes.map((lane, i) => (i === index ? change(lane) : lane));
  return { ...state, authoring: { ...state.authoring, vocabulary: { ...vocabulary, lanes } }, dirty: true };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const { authoring } = state;
  switch (action.type) {
    case 'load':
      return { ...state, authoring: action.authoring, selected: null, dirty: action.dirty ?? false };
    case 'saved':
      return { ...state, dirty: false };
    case 'story':
      return { ...state, authoring: { ...authoring, story: set(authoring.story, action.field, action.value) }, dirty: true };
    case 'headlines':
      return { ...state, authoring: { ...authoring, story: set(authoring.story, 'headlines', action.value) }, dirty: true };
    case 'license': {
      const current = authoring.story.source?.license ?? { name: '' };
      const license = { ...current, [action.field]: action.value };
      if (!license.url) delete license.url;
      const source = set(authoring.story.source ?? {}, 'license', license.name || license.url ? license : undefined);
      return { ...state, authoring: { ...authoring, story: set(authoring.story, 'source', Object.keys(source).length > 0 ? source : undefined) }, dirty: true };
    }
    case 'source': {
      const source = set(authoring.story.source ?? {}, action.field, action.value);
      return { ...state, authoring: { ...authoring, story: set(authoring.story, 'source', Object.keys(source).length > 0 ? source : undefined) }, dirty: true };
    }
    case 'vocabulary': {
      const next: StudioAuthoring = { ...authoring, vocabulary: action.vocabulary };
      if (!action.vocabulary) delete next.vocabulary;
      return { ...state, authoring: next, dirty: true };
    }
    case 'kindLabel':
      return updateLane(state, action.lane, (lane) => ({ ...lane, kinds: lane.kinds.map((k, i) => (i === action.kind ? { ...k, label: action.label } : k)) }));
    case 'addKind': {
      const taken = new Set((authoring.vocabulary?.lanes ?? []).flatMap((lane) => lane.kinds.map((k) => k.id)));
      // A kind's id: lowercase letters, digits and hyphens, starting with a letter, at most 40 characters.
      const base = slugFor(action.label).slice(0, 30).replace(/-+$/, '');
      const id = uniqueId(/^[a-z]/.test(base) ? base : `kind-${base}`.replace(/-+$/, ''), taken);
      return updateLane(state, action.lane, (lane) => ({ ...lane, kinds: [...lane.kinds, { id, label: action.label }] }));
    }
    case 'removeKind':
      return updateLane(state, action.lane, (lane) => ({ ...lane, kinds: lane.kinds.filter((_, i) => i !== action.kind) }));
    case 'event':
      return updateEvent(state, action.index, (event) => {
        const next = set(event, action.field, action.value);
        // An id that was made from the title follows the title.
        if (action.field === 'title' && (event.id === slugFor(event.title) || event.id === '')) {
          const taken = new Set(authoring.events.filter((_, i) => i !== action.index).map((e) => e.id));
          next.id = uniqueId(slugFor(action.value), taken);
        }
        return { ...next, id: next.id ?? '', kind: next.kind ?? '', title: next.title ?? '', start: next.start ?? '', dateBasis: next.dateBasis ?? '' };
      });
    case 'figure':
      return updateEvent(state, action.index, (event) => ({
        ...event,
        figures: event.figures.map((f, i) => {
          if (i !== action.figure) return f;
          const next = set(f, action.field, action.value);
          return { ...next, value: next.value ?? '', unit: next.unit ?? '', label: next.label ?? '' };
        }),
      }));
    case 'addFigure':
      return updateEvent(state, action.index, (event) => ({ ...event, figures: [...event.figures, { value: '', unit: '', label: '' }] }));
    case 'removeFigure':
      return updateEvent(state, action.index, (event) => ({ ...event, figures: event.figures.filter((_, i) => i !== action.figure) }));
    case 'addQuote':
      return updateEvent(state, action.index, (event) => (event.quotes.some((q) => sameQuote(q, action.quote)) ? event : { ...event, quotes: [...event.quotes, action.quote] }));
    case 'removeQuote':
      return updateEvent(state, action.index, (event) => ({ ...event, quotes: event.quotes.filter((_, i) => i !== action.quote) }));
    case 'select':
      return { ...state, selected: action.index };
    case 'addEvent': {
      const events = [...authoring.events, withUniqueId(action.event, authoring.events)];
      return { ...state, authoring: { ...authoring, events }, selected: events.length - 1, dirty: true };
    }
    case 'removeEvent': {
      const events = authoring.events.filter((_, i) => i !== action.index);
      const selected = state.selected === null || state.selected < action.index ? state.selected : state.selected === action.index ? null : state.selected - 1;
      return { ...state, authoring: { ...authoring, events }, selected, dirty: true };
    }
    case 'mergeEvents': {
      const [a, b] = [authoring.events[action.index], authoring.events[action.index + 1]];
      if (!a || !b) return state;
      const events = [...authoring.events.slice(0, action.index), mergeEvents(a, b), ...authoring.events.slice(action.index + 2)];
      return { ...state, authoring: { ...authoring, events }, selected: action.index, dirty: true };
    }
    case 'splitEvent': {
      const event = authoring.events[action.index];
      if (!event) return state;
      const parts = splitEvent(event, new Set(authoring.events.map((e) => e.id)));
      const events = [...authoring.events.slice(0, action.index), ...parts, ...authoring.events.slice(action.index + 1)];
      return { ...state, authoring: { ...authoring, events }, selected: action.index, dirty: parts.length > 1 || state.dirty };
    }
    case 'propose': {
      if (action.replace) return { ...state, proposals: action.proposals };
      // A proposal already listed is updated in place (an import's suggested quote arriving); a new one is added.
      const byKey = new Map(action.proposals.map((p) => [p.key, p]));
      const updated = state.proposals.map((p) => byKey.get(p.key) ?? p);
      return { ...state, proposals: [...updated, ...action.proposals.filter((p) => !state.proposals.some((q) => q.key === p.key))] };
    }
    case 'accept': {
      const proposal = state.proposals.find((p) => p.key === action.key);
      if (!proposal) return state;
      const event = action.useSuggestion && proposal.suggestion ? { ...proposal.event, quotes: [...proposal.event.quotes, proposal.suggestion] } : proposal.event;
      const events = [...authoring.events, withUniqueId(event, authoring.events)];
      return { ...state, authoring: { ...authoring, events }, proposals: state.proposals.filter((p) => p.key !== action.key), dirty: true };
    }
    case 'reject':
      return { ...state, proposals: state.proposals.filter((p) => p.key !== action.key) };
    case 'acceptAll': {
      const events = [...authoring.events];
      for (const p of state.proposals) events.push(withUniqueId(p.event, events));
      return { ...state, authoring: { ...authoring, events }, proposals: [], dirty: state.proposals.length > 0 || state.dirty };
    }
    case 'rejectAll':
      return { ...state, proposals: [] };
    case 'mergeProposals': {
      const i = state.proposals.findIndex((p) => p.key === action.key);
      const a = state.proposals[i];
      const b = state.proposals[i + 1];
      if (!a || !b) return state;
      const merged: Proposal = { ...a, key: `${a.key}+${b.key}`, event: mergeEvents(a.event, b.event), reasons: [...a.reasons, ...b.reasons] };
      return { ...state, proposals: state.proposals.flatMap((p) => (p === a ? [merged] : p === b ? [] : [p])) };
    }
    case 'splitProposal': {
      const i = state.proposals.findIndex((p) => p.key === action.key);
      const p = state.proposals[i];
      if (!p) return state;
      const taken = new Set([...authoring.events, ...state.proposals.map((q) => q.event)].map((e) => e.id));
      const parts = splitEvent(p.event, taken).map((event, n) => ({ ...p, key: `${p.key}/${n}`, event }));
      return { ...state, proposals: [...state.proposals.slice(0, i), ...parts, ...state.proposals.slice(i + 1)] };
    }
  }
}
