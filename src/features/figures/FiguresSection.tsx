import { useId, useMemo } from 'react';
import type { Story, TimelineEvent } from '../../shared/schema/schema';
import { articleBlocks } from '../../shared/article/passages';
import { REVEAL_RETURN_ATTRIBUTE } from '../../shared/article/reveal';
import { CasualtyFigures } from './CasualtyFigures';
import { ExchangeChart } from './ExchangeChart';
import { figuresOverview } from './model';
import './figures.css';

export interface FiguresSectionProps {
  story: Story;
  events: readonly TimelineEvent[];
  /** The event the shell has selected, or null. */
  selectedId: string | null;
  /** Asks the shell to select an event. */
  onSelect: (id: string) => void;
  /** The URL of an event, for real links that also open in a new tab. */
  eventHref: (id: string) => string;
}

/**
 * The story's exchange and casualty figures at a glance, derived from the events. Every number is
 * a link that selects its event, and the selected event's numbers show the words that state them.
 * Renders nothing for a story without such figures.
 */
export function FiguresSection({ story, events, selectedId, onSelect, eventHref }: FiguresSectionProps) {
  const titleId = useId();
  const overview = useMemo(() => figuresOverview(events), [events]);
  const blocks = useMemo(() => articleBlocks(story.text, story.headlines), [story.text, story.headlines]);
  if (overview.exchanges.length === 0 && overview.casualties.length === 0) return null;
  return (
    <section className="figures" aria-labelledby={titleId} {...{ [REVEAL_RETURN_ATTRIBUTE]: 'Back to the figures' }}>
      <h2 id={titleId} className="figures__title">
        Figures in the article
      </h2>
      <p className="figures__intro">Select a number to see its event and the words that state it.</p>
      {overview.exchanges.length > 0 && (
        <ExchangeChart
          zone={story}
          groups={overview.exchanges}
          maxValue={overview.maxExchangeValue}
          blocks={blocks}
          selectedId={selectedId}
          eventHref={eventHref}
          onSelect={onSelect}
        />
      )}
      {overview.casualties.length > 0 && (
        <CasualtyFigures zone={story} groups={overview.casualties} blocks={blocks} selectedId={selectedId} eventHref={eventHref} onSelect={onSelect} />
      )}
    </section>
  );
}
