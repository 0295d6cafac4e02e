import type { PlacedTick } from '../model/ticks';
import { useStoryDirection } from '../../../shared/ui/storyLanguage';

interface AxisProps {
  ticks: readonly PlacedTick[];
  /** Where the rows end and the axis begins. */
  top: number;
}

/** Gridlines through the rows and the labelled time axis under them (SVG; the view in words is in the controls). */
export function Axis({ ticks, top }: AxisProps) {
  const dir = useStoryDirection();
  return (
    <g className="axis">
      {ticks.map((tick) => (
        <g key={tick.time} transform={`translate(${tick.x},0)`}>
          <line className={tick.major ? 'axis__grid axis__grid--major' : 'axis__grid'} y1={0} y2={top} />
          <line className="axis__tick" y1={top} y2={top + 6} />
          {tick.showLabel && (
            <text className={tick.major ? 'axis__label axis__label--major' : 'axis__label'} y={top + 20} textAnchor="middle" direction={dir}>
              {tick.label}
            </text>
          )}
        </g>
      ))}
      <line className="axis__line" x1={0} x2="100%" y1={top} y2={top} />
    </g>
  );
}
