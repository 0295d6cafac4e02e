import { formatDate } from '../../../shared/time/calendar';
import { formatLocale } from '../../../shared/text/language';
import { messagesFor } from '../../../shared/i18n/catalogues';
import { estimateTextWidth } from './textWidth';
import { DAY } from './window';
import type { AxisBreak } from './warp';

const durationFormats = new Map<string, Intl.NumberFormat>();

/** `count` of `unit` in words, in the story's language, its plural the language's own ("47 days", "47 jours", "٤٧ يومًا"). */
function duration(count: number, unit: 'day' | 'month' | 'year', lang?: string): string {
  const key = `${formatLocale(lang)} ${unit}`;
  let format = durationFormats.get(key);
  if (!format) durationFormats.set(key, (format = new Intl.NumberFormat(formatLocale(lang), { style: 'unit', unit, unitDisplay: 'long' })));
  return format.format(count);
}

/** How long a compressed stretch lasts, in words a reader takes in at a glance: "47 days", "5 months", "2 years", in the story's language. */
export function formatGap(ms: number, lang?: string): string {
  const days = Math.round(ms / DAY);
  if (days < 100) return duration(days, 'day', lang);
  const months = Math.round(days / 30.44);
  if (months < 24) return duration(months, 'month', lang);
  return duration(Math.round(days / 365.25), 'year', lang);
}

/** The caption's sentence about the axis's breaks, or '' when it has none. */
export function breaksSentence(breaks: readonly AxisBreak[], lang?: string): string {
  if (breaks.length === 0) return '';
  const t = messagesFor(lang);
  return t.axisBreaks({ breaks: breaks.map((b) => t.axisBreak({ from: dayOf(b.start, lang), to: dayOf(b.end - 1, lang), length: formatGap(b.end - b.start, lang) })) });
}

const dayOf = (time: number, lang?: string) => formatDate(new Date(time).toISOString().slice(0, 10), { lang });

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
export function placeBreaks(breaks: readonly AxisBreak[], toX: (chartTime: number) => number, width: number, fontPx: number, lang?: string): PlacedBreak[] {
  const placed: PlacedBreak[] = [];
  for (const b of breaks) {
    const x0 = toX(b.chartStart);
    const x1 = toX(b.chartEnd);
    if (x1 < 0 || x0 > width) continue;
    const label = formatGap(b.end - b.start, lang);
    const half = estimateTextWidth(label, fontPx) / 2;
    const mid = (x0 + x1) / 2;
    const fits = 2 * half <= x1 - x0 + 40 && mid - half >= 0 && mid + half <= width;
    placed.push({ key: b.start, x0, x1, label, labelSpan: fits ? { x0: mid - half, x1: mid + half } : null });
  }
  return placed;
}
