/**
 * The first view's words and the later ones as one set, for the parts whose code waits for both
 * before it draws (the regions below the chart, `src/app/reading`): a module of their chunk, not
 * of the first view's.
 */
import { messagesFor } from './catalogues';
import { laterFor } from './laterCatalogues';
import type { Bound, BoundMessages, LaterMessages } from './messages';

/** The first view's words and the later ones together. */
export type FullMessages = BoundMessages & Bound<LaterMessages>;

const merged = new WeakMap<BoundMessages, WeakMap<Bound<LaterMessages>, FullMessages>>();

/** `messages` and `later` as one set of words (the same object for the same two). */
export function withLater(messages: BoundMessages, later: Bound<LaterMessages>): FullMessages {
  let byLater = merged.get(messages);
  if (!byLater) merged.set(messages, (byLater = new WeakMap()));
  let found = byLater.get(later);
  if (!found) byLater.set(later, (found = { ...messages, ...later }));
  return found;
}

/**
 * The first view's words and the later ones, for a story in `storyLang`: for a part whose code
 * waits for both before it draws (the regions below the chart, `src/app/reading`).
 */
export function fullMessagesFor(storyLang: string | undefined): FullMessages {
  const later = laterFor(storyLang);
  if (!later) throw new Error('Sourceline: the later words are not loaded (call loadLater first)');
  return withLater(messagesFor(storyLang), later);
}
