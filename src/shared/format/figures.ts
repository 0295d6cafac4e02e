import type { Figure } from '../schema/schema';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });

/** The figure's value exactly as the data holds it, with thousands separators ("1,200"). */
export function formatValue(value: number): string {
  return numberFormat.format(value);
}

/** The whole figure as a phrase: "nearly 240 Palestinians killed in the West Bank, by Israeli soldiers or settlers". */
export function formatFigure(figure: Figure): string {
  return [figure.qualifier, formatValue(figure.value), figure.unit, figure.label, figure.scope]
    .filter((part): part is string => Boolean(part))
    .join(' ');
}
