/**
 * True when the reader asks for reduced motion, or when there is no way to ask (on the server, or
 * a browser without `matchMedia`): nothing animates then. Read in effects and handlers only,
 * never in render, so the server's page and the first client render agree.
 */
export function prefersReducedMotion(): boolean {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function' || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
