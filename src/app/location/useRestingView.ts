import { useSyncExternalStore } from 'react';
import type { ViewStore } from '../../features/timeline/viewStore';
import type { ViewWindow } from './appUrl';

/**
 * The view as it last came to rest (real time; null: the first view), for the parts of the shell
 * that name it (the embed code, "Open full timeline"): they draw again when a zoom ends, never
 * during one.
 */
export function useRestingView(store: ViewStore): ViewWindow | null {
  return useSyncExternalStore(store.subscribeResting, store.getResting, store.getResting);
}
