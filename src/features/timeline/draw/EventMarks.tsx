import { memo, type KeyboardEvent } from 'react';
import { ClusterMark } from './ClusterMark';
import { EventMark } from './EventMark';
import type { ChartMark } from '../model/layout';
import { clusterSpokenLabel } from '../model/markText';
import type { StoryZone } from '../../../shared/time/calendar';

type Cluster = Extract<ChartMark, { kind: 'cluster' }>;

interface EventMarksProps {
  marks: readonly ChartMark[];
  /** Marks a finger is on that are no longer in view: kept in the page, hidden, until it lifts (`useHeldMarks`). */
  held: readonly ChartMark[];
  markSize: number;
  selectedId: string | null;
  /** The one mark in the tab order; the arrow keys move from it (a roving tab stop). */
  tabStopKey: string | null;
  /** False at the deepest zoom, where a cluster opens a list instead. */
  canZoomIn: boolean;
  onSelect: (id: string) => void;
  onActivateCluster: (mark: Cluster, byKeyboard: boolean) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, mark: ChartMark) => void;
  onHover: (key: string | null) => void;
  onFocusMark: (key: string | null) => void;
  /** The story's time zone, for times of day in spoken labels. */
  zone: StoryZone;
}

/** Every mark in view, as buttons placed over the plot. Draws only; the layout is computed above. */
export const EventMarks = memo(function EventMarks({
  marks,
  held,
  markSize,
  selectedId,
  tabStopKey,
  canZoomIn,
  onSelect,
  onActivateCluster,
  onKeyDown,
  onHover,
  onFocusMark,
  zone,
}: EventMarksProps) {
  const shown = new Set(marks.map((mark) => mark.key));
  const kept = held.filter((mark) => !shown.has(mark.key));
  return [...marks, ...kept].map((mark) => {
    const top = mark.row.y + (mark.row.height - markSize) / 2;
    const gone = !shown.has(mark.key);
    if (mark.kind === 'single') {
      return (
        <EventMark
          key={mark.key}
          held={gone}
          mark={mark}
          top={top}
          markSize={markSize}
          selected={mark.item.id === selectedId}
          tabbable={mark.key === tabStopKey}
          onSelect={onSelect}
          onKeyDown={onKeyDown}
          onHover={onHover}
          onFocusMark={onFocusMark}
          zone={zone}
        />
      );
    }
    const first = mark.items[0]!;
    const last = mark.items[mark.items.length - 1]!;
    return (
      <ClusterMark
        key={mark.key}
        held={gone}
        mark={mark}
        top={top}
        label={clusterSpokenLabel(mark.items.length, mark.row.lane.name, first.event, last.event, canZoomIn, zone)}
        tabbable={mark.key === tabStopKey}
        holdsSelection={selectedId !== null && mark.items.some((item) => item.id === selectedId)}
        onActivate={onActivateCluster}
        onKeyDown={onKeyDown}
      />
    );
  });
});
