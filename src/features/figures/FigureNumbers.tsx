import { useId, useMemo, useRef } from 'react';
import { chunk } from '../../shared/progressive/chunks';
import { inRange } from '../../shared/progressive/near';
import { CHUNK_ATTRIBUTE, useNearScreen } from '../../shared/ui/useNearScreen';
import { FIGURE_CHUNK } from './FigureBars';
import { InferredBadge } from '../../shared/ui/InferredBadge';
import type { TextSpan } from '../../shared/article/structure';
import { formatValue } from '../../shared/format/figures';
import { selectOnPlainClick } from '../../shared/links/plainClick';
import { formatDateRange, type StoryZone } from '../../shared/time/calendar';
import type { KindTable } from '../../shared/schema/kinds';
import { FigureSource } from './FigureSource';
import type { NumberGroup } from './model';
import { useMessages, useStoryDirection } from '../../shared/ui/storyLanguage';
import { numberGroupText } from './lightText';
import { FigureTextChunk } from './FigureTextChunk';

interface FigureNumbersProps {
  /** The figure group's heading ("Casualties"). */
  heading: string;
  groups: readonly NumberGroup[];
  blocks: readonly TextSpan[];
  selectedId: string | null;
  eventHref: (id: string) => string;
  onSelect: (id: string) => void;
  /** The story's time zone, which dates with a time name. */
  zone?: StoryZone;
  /** The story's kinds, which colour each figure by its event's lane. */
  kinds: KindTable;
  /** A long story: only the groups near the screen and the selected event's are drawn, the rest are their words as text. */
  windowed?: boolean;
}

/**
 * A figure group as numbers, never bars: where scopes differ (the truce story's casualties: a
 * region over weeks, one shooting), lengths side by side would compare what the article does not.
 * Each keeps its qualifier ("nearly") and scope, and links to its event.
 */
export function FigureNumbers({ heading, groups, blocks, selectedId, eventHref, onSelect, zone, kinds, windowed = false }: FigureNumbersProps) {
  const dir = useStoryDirection();
  const t = useMessages();
  const titleId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const chunks = useMemo(() => chunk(groups, windowed ? FIGURE_CHUNK : Math.max(1, groups.length)), [groups, windowed]);
  const near = useNearScreen(rootRef, chunks.length, windowed);
  return (
    <section ref={rootRef} className="figure-numbers" aria-labelledby={titleId}>
      <h3 id={titleId} className="figures__heading">
        {heading}
      </h3>
      <ul className="number-list">
        {chunks.flatMap((run, at) => {
          const full = !windowed || inRange(near, at) || run.some(({ event }) => event.id === selectedId);
          if (!full) return [<FigureTextChunk key={`text-${at}`} as="li" className="figure-number figure-number--text" at={at} lines={run.map((group) => numberGroupText(group, zone, t))} />];
          return run.flatMap(({ event, figures }, index) => {
          const current = event.id === selectedId;
          const markOf = (figureAt: number) => (windowed && index === 0 && figureAt === 0 ? { [CHUNK_ATTRIBUTE]: at } : undefined);
          return figures.map((ref, figureAt) => (
            <li key={`${event.id}-${ref.figureIndex}`} className={`figure-number lane--${kinds.lane(event.kind).index}${current ? ' figure-number--current' : ''}`} {...markOf(figureAt)}>
              <a
                className="figure-number__link figure-link"
                href={eventHref(event.id)}
                aria-current={current ? 'true' : undefined}
                onClick={(click) => selectOnPlainClick(click, () => onSelect(event.id))}
              >
                {ref.figure.qualifier && <span className="figure-number__qualifier">{ref.figure.qualifier}</span>}
                {ref.figure.qualifier && ' '}
                <span className="figure-number__value figure-value" data-figure-value={ref.figure.value}>
                  {formatValue(ref.figure.value, zone?.lang)}
                </span>{' '}
                <span className="figure-number__what">
                  {ref.figure.unit} {ref.figure.label}
                </span>
                {ref.figure.scope && ' '}
                {ref.figure.scope && <span className="figure-number__scope">{ref.figure.scope}</span>}
              </a>
              <p className="figures__date">
                <time dateTime={event.start} dir={dir}>
                  {formatDateRange(event.start, event.end, zone)}
                </time>
                {event.dateBasis === 'inferred' && <InferredBadge note={event.dateNote ?? ''} />}
              </p>
              {current && <FigureSource event={event} quoteIndexes={[ref.quoteIndex]} blocks={blocks} />}
            </li>
          ));
          });
        })}
      </ul>
    </section>
  );
}
