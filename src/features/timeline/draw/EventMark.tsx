import { useMemo, type FocusEvent, type KeyboardEvent } from 'react';
import type { ChartMark } from '../model/layout';
import { MarkShape } from './MarkShape';
import { spokenLabel } from '../model/markText';
import type { StoryZone } from '../../../shared/time/calendar';
import { useStoryDirection } from '../../../shared/ui/storyLanguage';

type Single = Extract<ChartMark, { kind: 'single' }>;

interface EventMarkProps {
  mark: Single;
  top: number;
  markSize: number;
  selected: boolean;
  tabbable: boolean;
  onSelect: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, mark: ChartMark) => void;
  onHover: (key: string | null) => void;
  onFocusMark: (key: string | null) => void;
  /** The story's time zone, for times of day in the spoken label. */
  zone: StoryZone;
  /** No longer in view, kept only while a finger is on it: hidden and out of reach. */
  held?: boolean;
}

/**
 * One event: a shape for its lane and, beside it, the label placement chose. The whole of it
 * is one button, so the label is a target too; its name is the spoken label with the full date
 * and figures.
 */
export function EventMark({ mark, top, markSize, selected, tabbable, onSelect, onKeyDown, onHover, onFocusMark, zone, held = false }: EventMarkProps) {
  const dir = useStoryDirection();
  const { label, item } = mark;
  // Written once per event, not in every frame of a zoom (each frame draws every mark again).
  const spoken = useMemo(() => spokenLabel(item.event, item.kindLabel, zone), [item, zone]);
  const left = Math.min(mark.x - markSize / 2, label.x0);
  const width = Math.max(mark.x + markSize / 2, label.x1) - left;
  return (
    <button
      type="button"
      className={`mark lane--${mark.row.lane.index} mark--label-${label.side}${held ? ' mark--held' : ''}`}
      aria-hidden={held || undefined}
      style={{ transform: `translate(${left}px, ${top}px)`, width }}
      data-event-id={item.id}
      data-stop-key={mark.key}
      aria-label={spoken}
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabbable && !held ? 0 : -1}
      onClick={() => onSelect(item.id)}
      onKeyDown={(event) => onKeyDown(event, mark)}
      onPointerEnter={() => onHover(mark.key)}
      onPointerLeave={() => onHover(null)}
      onFocus={() => onFocusMark(mark.key)}
      onBlur={(event: FocusEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onFocusMark(null);
      }}
    >
      <span className="mark__shape">
        <MarkShape shape={mark.row.lane.shape} />
      </span>
      {/* In a right-to-left story a title runs in its own words' direction; the chart around it is placed by x (`dir="ltr"`). */}
      <span className="mark__label" style={{ width: label.x1 - label.x0 }} dir={dir && 'auto'}>
        {label.text}
      </span>
    </button>
  );
}
