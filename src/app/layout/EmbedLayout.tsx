import './layout.css';
import type { CSSProperties, ReactNode } from 'react';
import type { Story } from '../../shared/schema/schema';
import type { StoryRegions } from './regions';
import { wholeLayout } from './FullLayout';
import { useMessages, useOwnWordsIn, useUiLang } from '../../shared/ui/storyLanguage';
import type { Bound, LaterMessages } from '../../shared/i18n/messages';

interface EmbedLayoutProps {
  story: Story;
  regions: StoryRegions;
  /** The credit line, with its link to the same state in the full view ("Open full timeline"). */
  credit: ReactNode;
  /** The story's lane colours, as custom properties (`laneColourProperties`). */
  colours: CSSProperties;
  /** Lay out every region now, even those off screen (see `wholeLayout`). */
  whole: boolean;
  /** The attribute that marks the region the host page scrolls to when it opens on a deep link. */
  revealAttribute: string;
  /** The folds' words, which come with the embed's chunk. */
  words: Pick<Bound<LaterMessages>, 'embedFiguresFold' | 'embedListFold'>;
}

/**
 * The compact view for an iframe (`?embed=1`), from 300 to 1200 px wide: no page header or footer;
 * the timeline, the selected event's detail and the article; the figures overview and the list
 * folded away (still in the page for screen readers and keyboard users, one press away); a credit
 * line (the chart's caption names the article).
 * It grows to its content and never scrolls inside, so a wheel over it scrolls the news page.
 */
export function EmbedLayout({ story, regions, credit, colours, whole, revealAttribute, words }: EmbedLayoutProps) {
  const t = useMessages();
  const uiLang = useUiLang();
  const ownWordsIn = useOwnWordsIn();
  return (
    <main className={`embed-layout story-colours${wholeLayout(whole)}`} id="main" style={colours}>
      <h1 className="visually-hidden" lang={uiLang}>
        {ownWordsIn(t.embedHeading, { title: story.title }, ['title'])}
      </h1>
      {regions.notices}
      <div className="story-layout__timeline skip-target" id="timeline" tabIndex={-1}>
        {regions.timeline}
      </div>
      <div className="embed-layout__reading">
        <div className="story-layout__detail" {...{ [revealAttribute]: '' }}>
          {regions.steps}
          {regions.detail}
        </div>
        <div className="story-layout__article">{regions.article}</div>
      </div>
      {regions.figures && (
        <details className="embed-layout__fold embed-layout__figures">
          <summary lang={uiLang}>{words.embedFiguresFold}</summary>
          {regions.figures}
        </details>
      )}
      <details className="embed-layout__fold embed-layout__list">
        <summary lang={uiLang}>{words.embedListFold}</summary>
        {regions.list}
      </details>
      {credit}
    </main>
  );
}
