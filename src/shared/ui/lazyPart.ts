import { createElement, lazy, type ComponentType } from 'react';

/** A component in a chunk of its own, and a way to ask for the chunk before it is first drawn. */
export interface LazyPart<P> {
  /** The component: drawn at once when its chunk has come, else suspending (draw it inside a `Suspense`) until it does. */
  Component: ComponentType<P>;
  /** Starts fetching the chunk (once). Settles when it has come or failed; from then on `Component` draws without suspending. */
  preload: () => Promise<void>;
}

/** What a part that could not be fetched draws when it says nothing of its own. */
const Nothing = () => null;

/**
 * A part of the page no first view draws (a card on hover, a list opened from a count, the embed's
 * frame), split off so the first view does not download it. Call `preload` when it is about to be
 * wanted: once it has come, it is drawn in the same frame as what asks for it, not a frame later.
 * Should its chunk fail to come (the network dropped, a new release replaced it), `failed` is drawn
 * in its place (nothing, by default) and the rest of the page stays: a failure is never thrown
 * into the page, where it would take everything down with it.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, failed: ComponentType<P> = Nothing): LazyPart<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const get = () =>
    (loading ??= load()
      .catch((error: unknown) => {
        console.error('Sourceline: a part of the page could not be loaded.', error);
        return failed;
      })
      .then((component) => (loaded = component)));
  const Lazy = lazy(() => get().then((component) => ({ default: component })));
  function Component(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  return { Component, preload: () => get().then(() => undefined) };
}
