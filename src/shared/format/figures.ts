import type { Figure } from '../schema/schema';
import { formatLocale } from '../text/language';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The figure's value exactly as the data holds it, with the thousands separators and the digits
 * of the story's language (`lang`; "1,200" in English, "1 200" in French, "١٬٢٠٠" in Egyptian Arabic).
 */
export function formatValue(value: number, lang?: string): string {
  const locale = formatLocale(lang);
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 })));
  return format.format(value);
}

/** The whole figure as a phrase: "nearly 240 Palestinians killed in the West Bank, by Israeli soldiers or settlers". */
export function formatFigure(figure: Figure, lang?: string): string {
  return [figure.qualifier, formatValue(figure.value, lang), figure.unit, figure.label, figure.scope]
    .filter((part): part is string => Boolean(part))
    .join(' ');
}
