import { memo } from 'react';
import type { ChartRow } from './layout';

/** Alternate lanes are shaded so a mark's lane is easy to follow across the chart. */
export const LaneStripes = memo(function LaneStripes({ rows }: { rows: readonly ChartRow[] }) {
  let laneIndex = -1;
  let lastLane = '';
  return (
    <g className="stripes">
      {rows.map((row) => {
        if (row.lane.id !== lastLane) laneIndex += 1;
        lastLane = row.lane.id;
        return <rect key={row.key} className={laneIndex % 2 === 1 ? 'stripe stripe--shaded' : 'stripe'} x={0} width="100%" y={row.y} height={row.height} />;
      })}
    </g>
  );
});
