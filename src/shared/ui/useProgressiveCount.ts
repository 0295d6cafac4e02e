import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { nextShown, nextStep } from '../progressive/chunks';

/**
 * How many of `total` chunks of a long region to render. Without `progressive`, all of them, at
 * once (and on the server). With it, none on the first render, so the chart paints first and a
 * prerendered page hydrates as it was rendered; then more in each following task. Each step is
 * rendered and committed within its own task and timed there, and the next step is sized so one
 * takes about the step budget: the page answers the reader between steps, and a list of 100,000
 * entries goes in within seconds rather than in one task that holds the page for as long.
 */
export function useProgressiveCount(total: number, progressive: boolean): number {
  const [shown, setShown] = useState(0);
  const step = useRef(1);
  const done = !progressive || shown >= total;

  useEffect(() => {
    if (done) return;
    const timer = setTimeout(() => {
      const started = performance.now();
      flushSync(() => setShown((was) => nextShown(was, step.current, total)));
      step.current = nextStep(step.current, performance.now() - started);
    }, 0);
    return () => clearTimeout(timer);
  }, [shown, total, done]);
  return progressive ? Math.min(shown, total) : total;
}
