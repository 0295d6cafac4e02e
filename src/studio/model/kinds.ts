import { DEFAULT_VOCABULARY } from '../../shared/schema/defaultVocabulary';
import type { StudioVocabulary } from './authoring';

/**
 * The kinds of event an editor may choose from, and the words that suggest each to the draft.
 * This is the studio's one door to the story's vocabulary: the kinds are those the story's
 * authoring file declares (`vocabulary:`), or the default set's when it declares none.
 */
export interface StudioKind {
  id: string;
  label: string;
  /** Word stems that make the draft propose this kind for a sentence ("killed", "rescue"). */
  cues: readonly string[];
  /** Stems of the kind's own id and label ("protest", "declar"): each suggests the kind only with a common ending ("protesters", not "truck" for "truce"). */
  stems?: readonly string[];
  /** Its events are periods, each needing an end. */
  period?: boolean;
}

/** What the studio reads of a vocabulary, declared (the authoring file's) or resolved (the data's): the lanes' kinds. */
export interface KindsSource {
  lanes: readonly { periods?: boolean; kinds: readonly { id: string; label: string }[] }[];
}

/**
 * Cue words for kinds by their id, as the default set and common story vocabularies name them; a
 * kind not listed here is suggested by the words of its own id and label ("protest", "Polling day").
 */
const CUES: Record<string, readonly string[]> = {
  'truce-period': ['truce', 'ceasefire', 'cease-fire', 'pause in'],
  period: ['truce', 'ceasefire', 'cease-fire', 'pause in', 'state of emergency', 'state of calamity', 'curfew', 'lockdown'],
  exchange: ['hostage', 'prisoner', 'exchange', 'swap', 'released', 'freed'],
  casualties: ['killed', 'dead', 'died', 'death', 'injured', 'wounded', 'casualt', 'bodies', 'body of', 'toll', 'fatalit', 'missing'],
  violence: ['attack', 'explosion', 'exploded', 'blast', 'bomb', 'shot', 'shooting', 'gunfire', 'firefight', 'murder', 'strangl', 'stabb', 'collapse', 'violence', 'riot'],
  military: ['troops', 'army', 'military', 'soldier', 'navy', 'naval', 'air force', 'destroyer', 'offensive', 'defence force', 'defense force'],
  diplomacy: ['talks', 'negotiat', 'agreement', 'deal', 'summit', 'treaty', 'mediat', 'election', 'vote', 'court', 'sentenced', 'verdict', 'law', 'minister', 'president', 'governor', 'parliament'],
  statement: ['said', 'says', 'stated', 'told', 'announced', 'statement', 'urged', 'claimed', 'claims', 'denied', 'denies', 'reported', 'confirmed', 'called for', 'press conference', 'apologised', 'wrote'],
  humanitarian: ['aid', 'rescue', 'rescuer', 'evacuat', 'shelter', 'relief', 'supplies', 'hospital', 'search', 'survivor', 'recovered', 'electricity', 'flood', 'homes'],
};

/** Words too common to suggest a kind by themselves. */
const STOP = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'to', 'for', 'by', 'with', 'or', 'day', 'other', 'event', 'events']);

/** A common ending after a kind's own stem. */
const ENDING = '(?:ations?|ings?|ions?|ed|es|s|e|ers?|ors?|al)?';

/** A kind's own words, and their stems: "Polling day" suggests "polling" and "poll…", "declaration" "declar…". */
function ownCues(id: string, label: string): { words: string[]; stems: string[] } {
  const words = `${id.replace(/[-_]/g, ' ')} ${label}`
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !STOP.has(w));
  // A stem (the word less a common ending) finds "protest", "protests" and "protesters" alike.
  const stems = words.map((w) => w.replace(/(?:ation|ing|ings|ions|ion|ed|es|s|e)$/, '')).filter((w) => w.length >= 4 && !words.includes(w));
  return { words: [...new Set(words)], stems: [...new Set(stems)] };
}

/** The default set, for a file that declares none and whose editor declares it to change it. */
export function defaultStudioVocabulary(): StudioVocabulary {
  return structuredClone(DEFAULT_VOCABULARY);
}

/**
 * The vocabulary a new story starts with, written into its authoring file so the editor sees its
 * kinds and can rename, add or remove them: the default set made general, since a new article may
 * be about anything. Its periods are "Periods", not the first story's "Truce periods", and the
 * first story's lane of hostage and prisoner exchanges (with its figure group) is left out; an
 * editor adds either back in the kinds panel.
 */
export function newStoryVocabulary(): StudioVocabulary {
  const base = defaultStudioVocabulary();
  return {
    ...base,
    lanes: base.lanes.filter((lane) => lane.id !== 'exchanges').map((lane) => (lane.id === 'periods' ? { ...lane, name: 'Periods', shortName: 'Periods', kinds: [{ id: 'period', label: 'Period' }] } : lane)),
    ...(base.figureGroups ? { figureGroups: base.figureGroups.filter((group) => !group.kinds.includes('exchange')) } : {}),
  };
}

/** The kinds of the story being edited, with their labels and cues, from its vocabulary (none: the default set's). */
export function studioKinds(vocabulary?: KindsSource | null): StudioKind[] {
  const source = vocabulary ?? DEFAULT_VOCABULARY;
  const seen = new Set<string>();
  const kinds: StudioKind[] = [];
  for (const lane of source.lanes) {
    for (const { id, label } of lane.kinds) {
      if (seen.has(id)) continue;
      seen.add(id);
      const own = ownCues(id, label);
      kinds.push({ id, label, cues: [...new Set([...(CUES[id] ?? []), ...own.words])], stems: own.stems, ...(lane.periods ? { period: true } : {}) });
    }
  }
  return kinds;
}

/** The kind a new event starts with when nothing suggests another: a statement when the story has one, else its last kind. */
export function defaultKind(kinds: readonly StudioKind[]): string {
  return kinds.find((k) => k.id === 'statement')?.id ?? kinds.at(-1)?.id ?? '';
}

/** The kind whose cue words `text` uses most, with those words; the default kind when none does. */
export function kindFor(text: string, kinds: readonly StudioKind[]): { kind: string; cues: string[] } {
  const lower = text.toLowerCase();
  let best: { kind: string; cues: string[] } = { kind: defaultKind(kinds), cues: [] };
  for (const kind of kinds) {
    const escape = (cue: string) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const words = kind.cues.filter((cue) => new RegExp(`\\b${escape(cue)}`).test(lower));
    // A stem counts where no word of the kind's already did ("protesters": "protest", once).
    const stems = (kind.stems ?? []).filter((stem) => !words.some((word) => word.startsWith(stem)) && new RegExp(`\\b${escape(stem)}${ENDING}\\b`).test(lower));
    const cues = [...words, ...stems];
    if (cues.length > best.cues.length) best = { kind: kind.id, cues };
  }
  return best;
}

/** The kind a spreadsheet's group names, by id or label ("Humanitarian aid", "violence"), if one does. */
export function kindNamed(name: string, kinds: readonly StudioKind[]): string | undefined {
  const wanted = name.trim().toLowerCase();
  return kinds.find((k) => k.id === wanted || k.label.toLowerCase() === wanted)?.id;
}
