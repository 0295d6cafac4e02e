import type { PlacedBreak } from '../model/breakText';
import { useStoryDirection } from '../../../shared/ui/storyLanguage';

interface AxisBreaksProps {
  breaks: readonly PlacedBreak[];
  /** Where the lanes end and the axis begins. */
  top: number;
}

/**
 * Where the axis is broken: a shaded stretch through the lanes, a zigzag on the axis line, and
 * how long the compressed stretch really is ("47 days") under it when there is room. Drawn only;
 * the caption says the same in words.
 */
export function AxisBreaks({ breaks, top }: AxisBreaksProps) {
  const dir = useStoryDirection();
  return (
    <g className="axis-breaks">
      {breaks.map((b) => {
        const mid = (b.x0 + b.x1) / 2;
        return (
          <g key={b.key} className="axis-break">
            <rect className="axis-break__band" x={b.x0} width={Math.max(1, b.x1 - b.x0)} y={0} height={top} />
            <path className="axis-break__zigzag" d={`M${mid - 7},${top + 7} l5,-14 M${mid + 1},${top + 7} l5,-14`} />
            {b.labelSpan && (
              <text className="axis-break__label" x={mid} y={top + 20} textAnchor="middle" direction={dir}>
                {b.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
