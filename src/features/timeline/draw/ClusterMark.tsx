import type { KeyboardEvent, MouseEvent } from 'react';
import { formatValue } from '../../../shared/format/figures';
import { useStoryLanguage } from '../../../shared/ui/storyLanguage';
import type { ChartMark } from '../model/layout';

type Cluster = Extract<ChartMark, { kind: 'cluster' }>;

interface ClusterMarkProps {
  mark: Cluster;
  /** Top of the mark in the plot. */
  top: number;
  /** What a screen reader says: how many events, when, and what activating it does. */
  label: string;
  tabbable: boolean;
  /** True when the selected event is one of the cluster's. */
  holdsSelection: boolean;
  onActivate: (mark: Cluster, byKeyboard: boolean) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, mark: ChartMark) => void;
  /** No longer in view, kept only while a finger is on it: hidden and out of reach. */
  held?: boolean;
}

/** A count standing for events too close to label; activating it zooms in until they split. */
export function ClusterMark({ mark, top, label, tabbable, holdsSelection, onActivate, onKeyDown, held = false }: ClusterMarkProps) {
  const lang = useStoryLanguage();
  return (
    <button
      type="button"
      className={`cluster lane--${mark.row.lane.index}${holdsSelection ? ' cluster--selected' : ''}${held ? ' mark--held' : ''}`}
      aria-hidden={held || undefined}
      style={{ transform: `translate(${mark.x - mark.width / 2}px, ${top}px)`, width: mark.width }}
      data-cluster-size={mark.items.length}
      data-stop-key={mark.key}
      aria-label={label}
      tabIndex={tabbable && !held ? 0 : -1}
      onClick={(event: MouseEvent<HTMLButtonElement>) => onActivate(mark, event.detail === 0)}
      onKeyDown={(event) => onKeyDown(event, mark)}
    >
      {formatValue(mark.items.length, lang)}
    </button>
  );
}
