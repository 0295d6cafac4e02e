import { useId } from 'react';
import type { Story, TimelineEvent } from '../../shared/schema/schema';
import { articleBlocks } from '../../shared/article/passages';
import type { TextSpan } from '../../shared/article/structure';
import { wayBackFrom } from '../../shared/article/reveal';
import type { KindTable } from '../../shared/schema/kinds';
import { FigureBars } from './FigureBars';
import { FigureNumbers } from './FigureNumbers';
import { figuresOverview, type FigureSection } from './model';
import './figures.css';
import { useUiLang } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';

export interface FiguresSectionProps {
  story: Story;
  events: readonly TimelineEvent[];
  /** The story's kinds: its figure groups, and each event's lane. */
  kinds: KindTable;
  /** The event the shell has selected, or null. */
  selectedId: string | null;
  /** Asks the shell to select an event. */
  onSelect: (id: string) => void;
  /** The URL of an event, for real links that also open in a new tab. */
  eventHref: (id: string) => string;
  /** A long story: only the figures near the screen and the selected event's are drawn in full. */
  windowed?: boolean;
}

/**
 * What the section works out from a story, once per story and kept with it: a long story's figures
 * render at low priority, and each time the list's or the article's filling interrupts that render
 * it starts again without what its hooks had worked out (measured at 100,000 events: the overview
 * was worked out 20 times before the figures showed, about a second of work each time).
 */
const overviews = new WeakMap<readonly TimelineEvent[], WeakMap<KindTable['figureGroups'], FigureSection[]>>();
const storyBlocks = new WeakMap<Story, TextSpan[]>();

function overviewOf(events: readonly TimelineEvent[], groups: KindTable['figureGroups']): FigureSection[] {
  const byGroups = overviews.get(events) ?? new WeakMap<KindTable['figureGroups'], FigureSection[]>();
  overviews.set(events, byGroups);
  const sections = byGroups.get(groups) ?? figuresOverview(events, groups);
  byGroups.set(groups, sections);
  return sections;
}

function blocksOf(story: Story): TextSpan[] {
  const blocks = storyBlocks.get(story) ?? articleBlocks(story.text, story.headlines);
  storyBlocks.set(story, blocks);
  return blocks;
}

/**
 * The story's figures at a glance, one section per figure group of its vocabulary (the truce
 * story's exchanges as bars, its casualties as numbers), derived from the events. Every number is
 * a link that selects its event, and the selected event's numbers show the words that state them.
 * Renders nothing for a story without such figures.
 */
export function FiguresSection({ story, events, kinds, selectedId, onSelect, eventHref, windowed = false }: FiguresSectionProps) {
  const titleId = useId();
  const t = useFullMessages();
  const uiLang = useUiLang();
  const sections = overviewOf(events, kinds.figureGroups);
  const blocks = blocksOf(story);
  if (sections.length === 0) return null;
  return (
    <section className="figures" aria-labelledby={titleId} {...wayBackFrom(t.backToFigures)}>
      <h2 id={titleId} className="figures__title" lang={uiLang}>
        {t.figuresHeading}
      </h2>
      <p className="figures__intro" lang={uiLang}>
        {t.figuresIntro}
      </p>
      {sections.map((section, index) =>
        section.chart === 'bars' ? (
          <FigureBars
            key={index}
            heading={section.heading}
            zone={story}
            groups={section.groups}
            maxValue={section.maxValue}
            blocks={blocks}
            selectedId={selectedId}
            eventHref={eventHref}
            onSelect={onSelect}
            windowed={windowed}
          />
        ) : (
          <FigureNumbers
            key={index}
            heading={section.heading}
            zone={story}
            groups={section.groups}
            blocks={blocks}
            selectedId={selectedId}
            eventHref={eventHref}
            onSelect={onSelect}
            kinds={kinds}
            windowed={windowed}
          />
        ),
      )}
    </section>
  );
}
