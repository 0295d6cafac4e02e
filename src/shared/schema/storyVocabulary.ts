/**
 * A story's vocabulary when it declares none: the default set. A module apart from `kinds.ts`, so
 * the first view, whose timeline always carries its vocabulary (the derived file's), does not
 * download the default set.
 */
import { DEFAULT_VOCABULARY } from './defaultVocabulary';
import { kindTable, type KindTable, type ResolvedTimeline } from './kinds';
import type { Timeline, Vocabulary } from './schema';

/** `timeline` with its vocabulary settled: as it declares it, or the default set. */
export function resolveTimeline(timeline: Timeline): ResolvedTimeline {
  return timeline.vocabulary ? (timeline as ResolvedTimeline) : { ...timeline, vocabulary: DEFAULT_VOCABULARY };
}

/** The story's vocabulary: as it declares it, or the default set. */
export function vocabularyOf(timeline: Pick<Timeline, 'vocabulary'>): Vocabulary {
  return timeline.vocabulary ?? DEFAULT_VOCABULARY;
}

/** The table of the default set, for stories that declare none. */
export const defaultKinds = (): KindTable => kindTable(DEFAULT_VOCABULARY);
