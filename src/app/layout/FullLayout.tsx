import './layout.css';
import type { CSSProperties, ReactNode } from 'react';
import type { Story } from '../../shared/schema/schema';
import { StoryHeader } from '../../features/story/StoryHeader';
import type { StoryRegions } from './regions';
import { SkipLinks } from './SkipLinks';

interface FullLayoutProps {
  story: Story;
  regions: StoryRegions;
  /** Actions on the whole story (the embed code), shown in the header. */
  tools: ReactNode;
  /** The story's lane colours, as custom properties (`laneColourProperties`). */
  colours: CSSProperties;
  /** The index of every story on the site, when the story is one of several. */
  indexHref?: string | undefined;
  /** Lay out every region now, even those off screen (see `wholeLayout`). */
  whole: boolean;
}

/**
 * The class that lays out the regions below the chart in full: until it is set they are laid out
 * only near the screen (content-visibility in theme.css), their place an estimate meanwhile, so a
 * region coming near the screen would push what is below it down by hundreds of pixels. Shared by
 * both layouts.
 */
export const wholeLayout = (whole: boolean) => (whole ? ' story-layout--whole' : '');

/**
 * The full page: skip links; the header; the timeline across the top; below it the event detail
 * and the article side by side (stacked on a phone); then the chronological list; the footer.
 * The skip links' targets take focus (tabIndex -1) but are not in the tab order.
 */
export function FullLayout({ story, regions, tools, colours, indexHref, whole }: FullLayoutProps) {
  return (
    <>
      <SkipLinks />
      <StoryHeader story={story} actions={tools} indexHref={indexHref} />
      <main className={`page story-layout story-colours${wholeLayout(whole)}`} id="main" style={colours}>
        {regions.notices}
        <div className="story-layout__timeline skip-target" id="timeline" tabIndex={-1}>
          {regions.timeline}
        </div>
        <div className="story-layout__reading">
          <div className="story-layout__detail">
            {regions.steps}
            {regions.detail}
            {regions.figures}
          </div>
          <div className="story-layout__article">{regions.article}</div>
        </div>
        <div className="skip-target" id="events" tabIndex={-1}>
          {regions.list}
        </div>
      </main>
      {regions.footer}
    </>
  );
}
