import { EVENT_KINDS } from '../../features/data/schema';
import { KIND_LABELS } from '../../shared/format/kinds';

/**
 * The kinds of event an editor may choose from, and the words that suggest each to the draft.
 * This is the studio's one door to the story's vocabulary: today every story has the schema's
 * fixed kinds; when a story declares its own, only this file reads them from the story instead.
 */
export interface StudioKind {
  id: string;
  label: string;
  /** Word stems that make the draft propose this kind for a sentence ("killed", "rescue"). */
  cues: readonly string[];
}

/** Cue words for the fixed kinds; a kind a story declares later would fall back to its label's words. */
const CUES: Record<string, readonly string[]> = {
  'truce-period': ['truce', 'ceasefire', 'cease-fire', 'pause in'],
  exchange: ['hostage', 'prisoner', 'exchange', 'swap', 'released', 'freed'],
  casualties: ['killed', 'dead', 'died', 'death', 'injured', 'wounded', 'casualt', 'bodies', 'body of', 'toll', 'fatalit', 'missing'],
  violence: ['attack', 'explosion', 'exploded', 'blast', 'bomb', 'shot', 'shooting', 'gunfire', 'firefight', 'murder', 'strangl', 'stabb', 'collapse', 'violence', 'riot'],
  military: ['troops', 'army', 'military', 'soldier', 'navy', 'naval', 'air force', 'destroyer', 'offensive', 'defence force', 'defense force'],
  diplomacy: ['talks', 'negotiat', 'agreement', 'deal', 'summit', 'treaty', 'mediat', 'election', 'vote', 'court', 'sentenced', 'verdict', 'law', 'minister', 'president', 'governor', 'parliament'],
  statement: ['said', 'says', 'stated', 'told', 'announced', 'statement', 'urged', 'claimed', 'claims', 'denied', 'denies', 'reported', 'confirmed', 'called for', 'press conference', 'apologised', 'wrote'],
  humanitarian: ['aid', 'rescue', 'rescuer', 'evacuat', 'shelter', 'relief', 'supplies', 'hospital', 'search', 'survivor', 'recovered', 'electricity', 'flood', 'homes'],
};

/** The kinds of the story being edited, with their labels and cues. */
export function studioKinds(): StudioKind[] {
  return EVENT_KINDS.map((id) => ({ id, label: KIND_LABELS[id], cues: CUES[id] ?? KIND_LABELS[id].toLowerCase().split(/\s+/) }));
}

/** The kind a new event starts with when nothing suggests another. */
export function defaultKind(kinds: readonly StudioKind[]): string {
  return kinds.find((k) => k.id === 'statement')?.id ?? kinds[0]?.id ?? '';
}

/** The kind whose cue words `text` uses most, with those words; the default kind when none does. */
export function kindFor(text: string, kinds: readonly StudioKind[]): { kind: string; cues: string[] } {
  const lower = text.toLowerCase();
  let best: { kind: string; cues: string[] } = { kind: defaultKind(kinds), cues: [] };
  for (const kind of kinds) {
    const cues = kind.cues.filter((cue) => new RegExp(`\\b${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(lower));
    if (cues.length > best.cues.length) best = { kind: kind.id, cues };
  }
  return best;
}

/** The kind a spreadsheet's group names, by id or label ("Humanitarian aid", "violence"), if one does. */
export function kindNamed(name: string, kinds: readonly StudioKind[]): string | undefined {
  const wanted = name.trim().toLowerCase();
  return kinds.find((k) => k.id === wanted || k.label.toLowerCase() === wanted)?.id;
}
