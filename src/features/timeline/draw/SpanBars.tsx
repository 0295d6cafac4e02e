import type { SpanBar } from '../model/spans';

interface SpanBarsProps {
  /** How long events last, as bars through their lanes (`spans.ts`). */
  bars: readonly SpanBar[];
  /** The span of the event being looked at (its day, when it has no time), drawn over the rest. */
  emphasis: SpanBar | null;
}

/** Bars from events' starts to their ends through their lanes. */
export function SpanBars({ bars, emphasis }: SpanBarsProps) {
  return (
    <g className="spans">
      {bars.map((bar) => (
        <Bar key={bar.key} bar={bar} emphasis={false} />
      ))}
      {emphasis && <Bar key={`${emphasis.key}-emphasis`} bar={emphasis} emphasis />}
    </g>
  );
}

function Bar({ bar, emphasis }: { bar: SpanBar; emphasis: boolean }) {
  const height = emphasis ? 8 : 4;
  return (
    <rect
      className={`span lane--${bar.row.lane.index}${emphasis ? ' span--emphasis' : ''}`}
      x={bar.x0}
      width={bar.x1 - bar.x0}
      y={bar.row.y + bar.row.height / 2 - height / 2}
      height={height}
      rx={height / 2}
    />
  );
}
