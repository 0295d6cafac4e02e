import { useId, useMemo, useRef } from 'react';
import { chunk } from '../../shared/progressive/chunks';
import { inRange } from '../../shared/progressive/near';
import { CHUNK_ATTRIBUTE, useNearScreen } from '../../shared/ui/useNearScreen';
import { InferredBadge } from '../../shared/ui/InferredBadge';
import type { TextSpan } from '../../shared/article/structure';
import { formatDateRange, type StoryZone } from '../../shared/time/calendar';
import { BarRow } from './BarRow';
import { FigureSource } from './FigureSource';
import { barScale, type BarGroup } from './model';
import { useFullMessages } from '../../shared/ui/useFullMessages';
import { useStoryDirection, useUiLang } from '../../shared/ui/storyLanguage';
import { barGroupText } from './lightText';
import { FigureTextChunk } from './FigureTextChunk';

interface FigureBarsProps {
  /** The figure group's heading ("Exchanges"). */
  heading: string;
  groups: readonly BarGroup[];
  maxValue: number;
  blocks: readonly TextSpan[];
  selectedId: string | null;
  eventHref: (id: string) => string;
  onSelect: (id: string) => void;
  /** The story's time zone, which dates with a time name. */
  zone?: StoryZone;
  /** A long story: only the groups near the screen and the selected event's are drawn, the rest are their words as text. */
  windowed?: boolean;
}

/** Groups of a long story's figures drawn, or set as text, together. */
export const FIGURE_CHUNK = 50;

/**
 * A figure group as labelled bars, one group per event (the truce story's latest release, its totals),
 * all on one linear scale from zero (a linear scale computes the lengths; React draws them as boxes
 * whose width is a percentage, so the chart needs no measuring and reads at 320 px).
 */
export function FigureBars({ heading, groups, maxValue, blocks, selectedId, eventHref, onSelect, zone, windowed = false }: FigureBarsProps) {
  const dir = useStoryDirection();
  const t = useFullMessages();
  const titleId = useId();
  const width = useMemo(() => barScale(maxValue), [maxValue]);
  const rootRef = useRef<HTMLElement>(null);
  const chunks = useMemo(() => chunk(groups, windowed ? FIGURE_CHUNK : Math.max(1, groups.length)), [groups, windowed]);
  const near = useNearScreen(rootRef, chunks.length, windowed);
  return (
    <figure ref={rootRef} className="figure-bars" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId} className="figures__heading">
          {heading}
        </h3>
        <p className="figures__note" lang={useUiLang()}>
          {t.barsNote}
        </p>
      </figcaption>
      {chunks.flatMap((run, at) => {
        const full = !windowed || inRange(near, at) || run.some(({ event }) => event.id === selectedId);
        if (!full) return [<FigureTextChunk key={`text-${at}`} as="p" className="bar-group bar-group--text" at={at} lines={run.map((group) => barGroupText(group, zone, t))} />];
        return run.map(({ event, bars }, index) => {
        const current = event.id === selectedId;
        const mark = windowed && index === 0 ? { [CHUNK_ATTRIBUTE]: at } : undefined;
        return (
          <div key={event.id} className={`bar-group${current ? ' bar-group--current' : ''}`} {...mark}>
            <h4 className="bar-group__title">{event.title}</h4>
            <p className="figures__date">
              <time dateTime={event.start} dir={dir}>
                {formatDateRange(event.start, event.end, zone)}
              </time>
              {event.dateBasis === 'inferred' && <InferredBadge note={event.dateNote ?? ''} />}
            </p>
            <ul className="bar-list">
              {bars.map((bar) => (
                <BarRow key={bar.figureIndex} bar={bar} width={width} current={current} href={eventHref(event.id)} onSelect={onSelect} />
              ))}
            </ul>
            {current && (
              <FigureSource event={event} quoteIndexes={bars.flatMap((bar) => [bar.quoteIndex, ...bar.parts.map((p) => p.quoteIndex)])} blocks={blocks} />
            )}
          </div>
        );
        });
      })}
    </figure>
  );
}
