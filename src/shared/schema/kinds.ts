import type { FigureGroup, Timeline, Vocabulary, VocabularyLane } from './schema';

/**
 * The story's table of kinds, worked out once from its vocabulary: each kind's label and lane, the
 * lanes in order with their shape and colour, and the figure groups. Shared formatters and
 * features alike read kinds only through it; nothing else knows any story's kinds.
 */

/** A lane with its place from the top (0 first), which names its colour in the page's styles (`lane--0`). */
export interface Lane extends VocabularyLane {
  index: number;
}

/** What the table knows of one kind. */
export interface KindEntry {
  id: string;
  /** How readers see the kind named ("Truce period"). */
  label: string;
  lane: Lane;
}

export interface KindTable {
  vocabulary: Vocabulary;
  /** Every lane, from top to bottom. */
  lanes: readonly Lane[];
  /** Every kind's id, lane by lane. */
  ids: readonly string[];
  figureGroups: readonly FigureGroup[];
  /** The kind, or undefined when the vocabulary has no such kind. */
  find(kind: string): KindEntry | undefined;
  /** The kind's label, or its id for a kind the vocabulary does not have. */
  label(kind: string): string;
  /** The kind's lane; the last lane for a kind the vocabulary does not have (the data is validated, so never in a build). */
  lane(kind: string): Lane;
}

const tables = new WeakMap<Vocabulary, KindTable>();

/** The table for `vocabulary`, built once per vocabulary object. */
export function kindTable(vocabulary: Vocabulary): KindTable {
  const known = tables.get(vocabulary);
  if (known) return known;
  const lanes: Lane[] = vocabulary.lanes.map((lane, index) => ({ ...lane, index }));
  const entries = new Map<string, KindEntry>();
  for (const lane of lanes) for (const kind of lane.kinds) if (!entries.has(kind.id)) entries.set(kind.id, { id: kind.id, label: kind.label, lane });
  const last = lanes[lanes.length - 1]!;
  const table: KindTable = {
    vocabulary,
    lanes,
    ids: [...entries.keys()],
    figureGroups: vocabulary.figureGroups,
    find: (kind) => entries.get(kind),
    label: (kind) => entries.get(kind)?.label ?? kind,
    lane: (kind) => entries.get(kind)?.lane ?? last,
  };
  tables.set(vocabulary, table);
  return table;
}

/** A timeline whose vocabulary is settled: its own, or the default set (`storyVocabulary.ts`; every derived file carries one). */
export type ResolvedTimeline = Timeline & { vocabulary: Vocabulary };


/**
 * The lanes' colours as custom properties for the story's root element (`--lane-0-light`,
 * `--lane-0-dark`, …): the theme picks each lane's for the scheme in use (`theme.css`).
 */
export function laneColourProperties(table: KindTable): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const lane of table.lanes) {
    properties[`--lane-${lane.index}-light`] = lane.color.light;
    properties[`--lane-${lane.index}-dark`] = lane.color.dark;
  }
  return properties;
}
