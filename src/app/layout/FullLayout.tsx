import './layout.css';
import type { ReactNode } from 'react';
import type { Story } from '../../features/data/schema';
import { StoryHeader } from '../../features/story/StoryHeader';
import { StoryFooter } from '../../features/story/StoryFooter';
import type { StoryRegions } from './regions';

interface FullLayoutProps {
  story: Story;
  regions: StoryRegions;
  /** Actions on the whole story (the embed code), shown under the header. */
  tools: ReactNode;
}

/**
 * The full page: the header; the timeline across the top; below it the event detail and the
 * article side by side (stacked on a phone); then the chronological list; the footer.
 */
export function FullLayout({ story, regions, tools }: FullLayoutProps) {
  return (
    <>
      <StoryHeader story={story} />
      <main className="page story-layout" id="main">
        <div className="story-tools">{tools}</div>
        {regions.notices}
        <div className="story-layout__timeline">{regions.timeline}</div>
        <div className="story-layout__reading">
          <div className="story-layout__detail">
            {regions.detail}
            {regions.figures}
          </div>
          <div className="story-layout__article">{regions.article}</div>
        </div>
        {regions.list}
      </main>
      <StoryFooter story={story} />
    </>
  );
}
