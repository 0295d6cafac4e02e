import type { KindTable } from '../../shared/schema/kinds';
import type { Story, TimelineEvent } from '../../shared/schema/schema';

/** The regions below the chart (Previous / Next, the detail, the figures, the article, the list, the source's credit), whose code comes in a chunk of its own (`readingChunk.ts`). */
export type ReadingPart = 'steps' | 'detail' | 'figures' | 'article' | 'list' | 'footer';

/** What the regions below the chart draw from: the story and the shell's selection. */
export interface ReadingInputs {
  story: Story;
  events: readonly TimelineEvent[];
  kinds: KindTable;
  selectedId: string | null;
  /** Selects an event (and brings it into the chart's view). */
  select: (id: string) => void;
  /** The URL of an event, for real links that also open in a new tab. */
  eventHref: (id: string) => string;
  /** The link the detail's Share actions give for an event. */
  shareUrl: (id: string) => string;
  /** In an embed: the article at its full length, behind its button. */
  inline: boolean;
  /** A long story: its regions fill in steps after the chart. */
  large: boolean;
}

/**
 * The shell's inputs to the regions below the chart, held outside React's props. The regions read
 * them from here, so the shell's elements for them never change: a region whose code has not come
 * yet keeps its prerendered HTML through the reader's selections (React would draw a region that
 * was given new props before its code came afresh, blank meanwhile), and reads the selection as it
 * is then when its code comes. `initial` is what the page was prerendered with.
 */
export interface ReadingStore {
  readonly initial: ReadingInputs;
  get: () => ReadingInputs;
  /** Replaces the inputs; the regions that are live draw again. */
  set: (next: ReadingInputs) => void;
  subscribe: (listener: () => void) => () => void;
  /** Said by a region when its code has come and it is live (hydrated or drawn). */
  ready: (part: ReadingPart) => void;
  isReady: (part: ReadingPart) => boolean;
  /** Calls `listener` once, when `part` is live (at once if it is). */
  onReady: (part: ReadingPart, listener: () => void) => () => void;
}

export function createReadingStore(initial: ReadingInputs): ReadingStore {
  let current = initial;
  const listeners = new Set<() => void>();
  const live = new Set<ReadingPart>();
  const waiting = new Set<{ part: ReadingPart; listener: () => void }>();
  return {
    initial,
    get: () => current,
    set(next) {
      if (next === current) return;
      current = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    ready(part) {
      live.add(part);
      for (const entry of [...waiting]) {
        if (entry.part !== part) continue;
        waiting.delete(entry);
        entry.listener();
      }
    },
    isReady: (part) => live.has(part),
    onReady(part, listener) {
      if (live.has(part)) {
        listener();
        return () => undefined;
      }
      const entry = { part, listener };
      waiting.add(entry);
      return () => void waiting.delete(entry);
    },
  };
}
