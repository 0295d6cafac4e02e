import { useEffect, useRef } from 'react';
import { formatDateRange, type StoryZone } from '../../../shared/time/calendar';
import { placeInside } from '../../../shared/ui/popover';
import type { TimelineItem } from '../model/items';
import { useMessages, useStoryDirection, useUiDirection, useUiLang } from '../../../shared/ui/storyLanguage';
import { useLaterMessages } from '../../../shared/ui/useLaterMessages';

interface ClusterListProps {
  items: readonly TimelineItem[];
  x: number;
  top: number;
  bodyWidth: number;
  /** Moves focus to the first event, when the list was opened from the keyboard. */
  focusFirst: boolean;
  /** `hadFocus`: focus was in the list, and must go back to the chart rather than be lost with it. */
  onSelect: (id: string, hadFocus: boolean) => void;
  onClose: (hadFocus: boolean) => void;
  /** The story's time zone, for times of day. */
  zone: StoryZone;
}

const LIST_WIDTH = 300;
/** More than this many are left to the chronological list below the chart. */
const MOST_SHOWN = 100;

/**
 * At the deepest zoom a cluster can still hold events at the same moment; activating it lists
 * them here, so every event can be reached and selected. Escape closes the list. Closing it or
 * choosing an event while focus is in it hands focus back to the cluster's mark.
 */
export function ClusterList({ items, x, top, bodyWidth, focusFirst, onSelect, onClose, zone }: ClusterListProps) {
  const dir = useStoryDirection();
  const first = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const hasFocus = () => root.current?.contains(document.activeElement) ?? false;
  useEffect(() => {
    if (focusFirst) first.current?.focus();
  }, [focusFirst]);
  const t = useMessages();
  const later = useLaterMessages();
  const width = Math.min(LIST_WIDTH, bodyWidth - 8);
  const left = placeInside(x - width / 2, width, { start: 0, end: bodyWidth }, 4);
  return (
    <div ref={root} className="timeline__cluster-list" style={{ left, width, top }} lang={useUiLang()} dir={useUiDirection()}>
      <p className="timeline__card-kind">{later?.sameTime({ count: items.length })}</p>
      <ul>
        {items.slice(0, MOST_SHOWN).map((item, index) => (
          <li key={item.id}>
            <button
              type="button"
              className="link-button"
              ref={index === 0 ? first : undefined}
              onClick={() => onSelect(item.id, hasFocus())}
              onKeyDown={(event) => event.key === 'Escape' && onClose(hasFocus())}
            >
              {item.event.title}
            </button>{' '}
            <span className="timeline__card-date" dir={dir}>{formatDateRange(item.event.start, item.event.end, zone)}</span>
          </li>
        ))}
      </ul>
      {items.length > MOST_SHOWN && later && <p>{later.andMore({ count: items.length - MOST_SHOWN })}</p>}
      <button type="button" className="timeline__button" onClick={() => onClose(hasFocus())} onKeyDown={(event) => event.key === 'Escape' && onClose(hasFocus())}>
        {t.close}
      </button>
    </div>
  );
}
