import { memo } from 'react';
import type { LaneBand } from '../model/layout';
import { MarkShape } from './MarkShape';
import { useMessages } from '../../../shared/ui/storyLanguage';

interface LaneNamesProps {
  bands: readonly LaneBand[];
  /** Beside the lanes (wide screens), or as a legend above the chart (narrow screens). */
  placement: 'gutter' | 'legend';
  width?: number;
  /** The gutter's place across the chart's body: beside the plot's start, left, or right in a right-to-left story. */
  left?: number;
  /** A right-to-left story: the names run and align from the right. */
  rtl?: boolean;
}

/** Each lane's shape and name: in a gutter beside the lanes, or as a legend on narrow screens. */
export const LaneNames = memo(function LaneNames({ bands, placement, width, left = 0, rtl = false }: LaneNamesProps) {
  const dir = rtl ? 'rtl' : undefined;
  const t = useMessages();
  const lanes = bands.map((band) => ({ id: band.lane.id, index: band.lane.index, row: band, top: band.y, height: band.height }));
  if (placement === 'legend') {
    return (
      <ul className="timeline__legend" aria-label={t.lanes} dir={dir}>
        {lanes.map(({ id, index, row }) => (
          <li key={id} className={`lane--${index}`}>
            <MarkShape shape={row.lane.shape} size={18} />
            {row.lane.shortName}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="timeline__gutter" aria-label={t.lanes} dir={dir} style={left ? { width, left } : { width }}>
      {lanes.map(({ id, index, row, top, height }) => (
        <li key={id} className={`lane--${index}`} style={{ top, height }}>
          <MarkShape shape={row.lane.shape} size={18} />
          <span>{row.lane.name}</span>
        </li>
      ))}
    </ul>
  );
});
