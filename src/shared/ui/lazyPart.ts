import { lazy, type ComponentType } from 'react';

/** A component in a chunk of its own, and a way to ask for the chunk before it is first drawn. */
export interface LazyPart<P> {
  Component: ComponentType<P>;
  /** Starts fetching the chunk (once); drawing `Component` later then finds it at hand. Settles when it has come or failed. */
  preload: () => Promise<void>;
}

/**
 * A part of the page no first view draws (a card on hover, a list opened from a count), split off
 * so the first view does not download it. Draw `Component` inside a `Suspense`; call `preload`
 * when it is about to be wanted, so it comes without a wait.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  const get = () => (loading ??= load());
  return {
    Component: lazy(() => get().then((component) => ({ default: component }))),
    preload: () => get().then(
      () => undefined,
      () => undefined,
    ),
  };
}
