import { formatDateRange } from '../../shared/time/calendar';

/** An event's dates for a list, as readers see them, or what is wrong with them. */
export function datesOf(start: string, end?: string): string {
  if (!start) return 'no date';
  try {
    return formatDateRange(start, end && end !== start ? end : undefined);
  } catch {
    return end ? `${start} to ${end}` : start;
  }
}
