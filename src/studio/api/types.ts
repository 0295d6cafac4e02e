import type { Timeline } from '../../shared/schema/schema';
import type { StudioAuthoring, StudioQuote } from '../model/authoring';
import type { Problem } from '../model/problems';

/** What the studio's local API answers (`scripts/studio/`), as the page reads it. */

export interface StorySummary {
  slug: string;
  hasAuthoring: boolean;
  title?: string;
  events?: number;
}

export interface OpenedStory {
  slug: string;
  seedText: string;
  seedPath: string;
  authoring: StudioAuthoring | null;
  problems: Problem[];
  version: string;
  innerComments: number;
  dataFolder: string;
}

export interface UncoveredSentence {
  line: string;
  start: number;
  end: number;
  mentions: { kind: string; text: string; start: number; end: number }[];
}

export interface CheckResult {
  stage: 'yaml' | 'schema' | 'seed' | 'derive' | 'done';
  problems: Problem[];
  notes: string[];
  uncovered: UncoveredSentence[];
  preview: Timeline | null;
  leftOut: number[];
}

export interface DraftEvent {
  id: string;
  kind: string;
  title: string;
  start: string;
  end?: string;
  dateBasis: 'stated' | 'inferred';
  dateNote?: string;
  figures: { value: number; unit: string; label: string; qualifier?: string; scope?: string }[];
  quotes: (string | StudioQuote)[];
}

export interface DraftProposal {
  key: string;
  event: DraftEvent;
  span: { start: number; end: number };
  reasons: string[];
}

export interface Draft {
  story: { date?: string; dateBasis?: 'stated'; dateNote?: string; found: string | null };
  proposals: DraftProposal[];
  notes: string[];
}

export type SaveResult =
  | {
      ok: true;
      version: string;
      wrote: string[];
      dataWritten: boolean;
      problems: Problem[];
      uncovered: number;
      dataFolder: string;
      siteProblems: string[];
      removed: string[];
      /** On a save npm run data -- --check passes, of a story made in this studio: the seconds since its article was pasted. */
      madeInSeconds?: number;
    }
  | { ok: false; conflict: true; version: string; authoring: StudioAuthoring | null }
  | { ok: false; conflict: false; message: string; recovery: string | null; version: string };

export interface AnchorSuggestion {
  quote: StudioQuote;
  start: number;
  end: number;
  score: number;
}
