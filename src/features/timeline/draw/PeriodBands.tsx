import type { TimelineItem } from '../model/items';

interface PeriodBandsProps {
  periods: readonly TimelineItem[];
  toX: (time: number) => number;
  width: number;
  height: number;
  /** Id of the hatch pattern that tells every other period apart without colour. */
  hatchId: string;
}

/**
 * The truce periods as bands behind every lane. Neighbouring periods (the truce and its
 * extension) differ in fill: one tinted, the next hatched, so they read as two periods even
 * without colour. Their names are on the marks in the periods rows.
 */
export function PeriodBands({ periods, toX, width, height, hatchId }: PeriodBandsProps) {
  return (
    // The periods' lane names their colour, which the bands, their edges and the hatch take.
    <g className={`bands lane--${periods[0]?.lane.index ?? 0}`}>
      <defs>
        <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect className="band__hatch-ground" width="8" height="8" />
          <line className="band__hatch" x1="0" y1="0" x2="0" y2="8" />
        </pattern>
      </defs>
      {periods.map((period, index) => {
        // Drawn right to left, a period's end is left of its start.
        const x0 = Math.min(toX(period.start), toX(period.end));
        const x1 = Math.max(toX(period.start), toX(period.end));
        if (x1 < 0 || x0 > width) return null;
        const hatched = index % 2 === 1;
        return (
          <g key={period.id} className={hatched ? 'band band--hatched' : 'band band--tinted'}>
            <rect x={x0} width={Math.max(1, x1 - x0)} y={0} height={height} fill={hatched ? `url(#${hatchId})` : undefined} />
            <line className="band__edge" x1={x0} x2={x0} y1={0} y2={height} />
            <line className="band__edge" x1={x1} x2={x1} y1={0} y2={height} />
          </g>
        );
      })}
    </g>
  );
}
