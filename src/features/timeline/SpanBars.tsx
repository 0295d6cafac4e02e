import type { TimelineItem } from './items';
import type { ChartRow } from './layout';

interface SpanBarsProps {
  /** Events that last longer than a day, and the event being looked at (its day, when it has no time). */
  spans: readonly { item: TimelineItem; row: ChartRow; emphasis: boolean }[];
  toX: (time: number) => number;
  width: number;
  markSize: number;
}

/** How long an event lasts: a bar from its start to its end through its lane. */
export function SpanBars({ spans, toX, width, markSize }: SpanBarsProps) {
  return (
    <g className="spans">
      {spans.map(({ item, row, emphasis }) => {
        const x0 = Math.max(-2, toX(item.start));
        const x1 = Math.min(width + 2, toX(item.end));
        if (x1 - x0 < markSize / 2) return null;
        const height = emphasis ? 8 : 4;
        return (
          <rect
            key={`${item.id}${emphasis ? '-emphasis' : ''}`}
            className={`span lane--${row.lane.id}${emphasis ? ' span--emphasis' : ''}`}
            x={x0}
            width={x1 - x0}
            y={row.y + row.height / 2 - height / 2}
            height={height}
            rx={height / 2}
          />
        );
      })}
    </g>
  );
}
