import { formatDate } from '../../../shared/time/calendar';
import { estimateTextWidth } from './textWidth';
import { DAY } from './window';
import type { AxisBreak } from './warp';

/** How long a compressed stretch lasts, in words a reader takes in at a glance: "47 days", "5 months", "2 years". */
export function formatGap(ms: number): string {
  const days = Math.round(ms / DAY);
  if (days < 100) return days === 1 ? '1 day' : `${days} days`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `${months} months`;
  return `${Math.round(days / 365.25)} years`;
}

/** The caption's sentence about the axis's breaks, or '' when it has none. */
export function breaksSentence(breaks: readonly AxisBreak[]): string {
  if (breaks.length === 0) return '';
  const parts = breaks.map((b) => `${dayOf(b.start)} to ${dayOf(b.end - 1)} (${formatGap(b.end - b.start)})`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `The axis is shortened where nothing happens for a long stretch: ${list}.`;
}

const dayOf = (time: number) => formatDate(new Date(time).toISOString().slice(0, 10));

/** A break as the axis draws it: its stretch on screen, and its length in words when there is room. */
export interface PlacedBreak {
  key: number;
  x0: number;
  x1: number;
  label: string;
  /** The label's extent on the axis, or null when it is not drawn. */
  labelSpan: { x0: number; x1: number } | null;
}

/** The breaks in view at these positions; a label is drawn where its text fits within the break and 20 px either side. */
export function placeBreaks(breaks: readonly AxisBreak[], toX: (chartTime: number) => number, width: number, fontPx: number): PlacedBreak[] {
  const placed: PlacedBreak[] = [];
  for (const b of breaks) {
    const x0 = toX(b.chartStart);
    const x1 = toX(b.chartEnd);
    if (x1 < 0 || x0 > width) continue;
    const label = formatGap(b.end - b.start);
    const half = estimateTextWidth(label, fontPx) / 2;
    const mid = (x0 + x1) / 2;
    const fits = 2 * half <= x1 - x0 + 40 && mid - half >= 0 && mid + half <= width;
    placed.push({ key: b.start, x0, x1, label, labelSpan: fits ? { x0: mid - half, x1: mid + half } : null });
  }
  return placed;
}
