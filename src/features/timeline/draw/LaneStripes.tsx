import { memo } from 'react';
import type { LaneBand } from '../model/layout';

/** Alternate lanes are shaded so a mark's lane is easy to follow across the chart. */
export const LaneStripes = memo(function LaneStripes({ bands }: { bands: readonly LaneBand[] }) {
  return (
    <g className="stripes">
      {bands.map((band, index) => (
        <rect key={band.key} className={index % 2 === 1 ? 'stripe stripe--shaded' : 'stripe'} x={0} width="100%" y={band.y} height={band.height} />
      ))}
    </g>
  );
});
