import type { TimelineEvent } from '../../src/shared/schema/schema.ts';
import { statesNumber } from '../../src/shared/text/numbers.ts';

/**
 * The quote a preview shows for an event: the first that states the event's first figure, so a
 * card never shows a number beside words that do not state it; otherwise the first quote.
 */
export function keyQuote(event: TimelineEvent): string {
  const figure = event.figures[0];
  const stating = figure ? event.quotes.find((quote) => statesNumber(quote.text, figure.value)) : undefined;
  return (stating ?? event.quotes[0])?.text ?? event.title;
}
