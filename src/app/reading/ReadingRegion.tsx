import { memo, Suspense, useEffect, useRef } from 'react';
import { useStoryLanguage } from '../../shared/ui/storyLanguage';
import { loadReading, ReadingPanelSlot, readingFailed } from './readingChunk';
import type { ReadingPart, ReadingStore } from './readingStore';
import { wakeOnApproach } from './wakeOnApproach';
// The regions' styles come with the page, not with their code: a prerendered region is styled
// from the first frame, its code or not.
import '../../features/article/article.css';
import '../../features/article/detail.css';
import '../../features/figures/figures.css';
import '../../features/share/share.css';
import '../../features/steps/steps.css';

interface ReadingRegionProps {
  part: ReadingPart;
  store: ReadingStore;
  /** How the detail's Share actions write an event's link, when not the store's (an embed's host page). */
  shareUrl?: ((id: string) => string) | undefined;
}

/**
 * A region below the chart (`readingChunk.ts`). Its props never change as the reader selects
 * (it reads the selection from `store`), so React leaves a prerendered region as it is until the
 * region's code has come. The wrapper is `display: contents`: the region lays out as if it were
 * not there.
 */
export const ReadingRegion = memo(function ReadingRegion({ part, store, shareUrl }: ReadingRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const lang = useStoryLanguage();
  useEffect(() => (ref.current ? wakeOnApproach(ref.current, part, store, { wake: () => loadReading(lang), failed: readingFailed }) : undefined), [part, store, lang]);
  return (
    <div ref={ref} className="reading-region">
      <Suspense fallback={null}>
        <ReadingPanelSlot part={part} store={store} shareUrl={shareUrl} />
      </Suspense>
    </div>
  );
});
