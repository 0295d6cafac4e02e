import { useEffect, useState, type RefObject } from 'react';
import { chunksNear, type ChunkRange } from '../../shared/progressive/near';

/** The attribute on the first element of each chunk of a windowed region: the chunk's index. */
export const CHUNK_ATTRIBUTE = 'data-window-chunk';

/** How far beyond the screen, in screen heights, a chunk still counts as near. */
const MARGIN_SCREENS = 1;

const NOTHING: ChunkRange = { first: -1, last: -2 };

/**
 * Which chunks of a long region are on or near the screen, for a region that renders those in full
 * (links, buttons, headings) and the rest as plain text. Each chunk's first element carries
 * `data-window-chunk="<index>"`; the region's element is `ref`. Worked out again after any scroll
 * (the page's or a panel's), a resize, or a change of `count`, at most once a frame. `enabled`
 * false (a story that is not long) leaves every chunk as it is: the hook then reports none.
 */
export function useNearScreen(ref: RefObject<HTMLElement | null>, count: number, enabled: boolean): ChunkRange {
  const [range, setRange] = useState<ChunkRange>(NOTHING);
  useEffect(() => {
    const root = ref.current;
    if (!enabled || !root) return;
    let frame = 0;
    // Whether the region itself is near the screen, from an observer, which reads no layout: asking
    // where anything is inside a region the browser has not laid out (content-visibility) would
    // lay all of it out, at every step of a long list's filling.
    let regionNear = typeof IntersectionObserver === 'undefined';
    const measure = () => {
      frame = 0;
      const height = window.innerHeight;
      const [from, to] = [-MARGIN_SCREENS * height, (1 + MARGIN_SCREENS) * height];
      const starts = regionNear ? root.querySelectorAll<HTMLElement>(`[${CHUNK_ATTRIBUTE}]`) : [];
      const next = chunksNear(starts.length, (at) => starts[at]!.getBoundingClientRect().top, from, to);
      // Indexes of the chunks in the page, which are the first `starts.length` of the region's.
      setRange((was) => (was.first === next.first && was.last === next.last ? was : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              regionNear = entries.some((entry) => entry.isIntersecting);
              schedule();
            },
            { rootMargin: `${MARGIN_SCREENS * 100}% 0px` },
          );
    observer?.observe(root);
    schedule();
    // Capturing: a scroll inside a panel (the article's) does not bubble to the document.
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [ref, count, enabled]);
  return range;
}
