import { articleStructure } from '../../src/shared/article/structure.ts';
import type { StudioQuote } from '../../src/studio/model/authoring.ts';
import { occurrences } from '../data/quotes.ts';
import { splitSentences } from '../data/sentences.ts';

/**
 * Suggests, for an event imported from a TimelineJS3 spreadsheet, the sentence of the article it
 * most probably rests on: the one sharing the most of the event's headline and text words. Only a
 * suggestion, shown with its words for the editor to take or leave; a weak match suggests nothing.
 */

const STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'was', 'were', 'are', 'has', 'have', 'had', 'its', 'his', 'her', 'their', 'they', 'into', 'after', 'before', 'over', 'been', 'but', 'not', 'who', 'which', 'said', 'says']);

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\d]{3,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

export interface AnchorSuggestion {
  quote: StudioQuote;
  start: number;
  end: number;
  /** The share of the event's words the sentence holds, 0 to 1. */
  score: number;
}

/** The best sentence for each event, or null when none shares at least two of its words and a third of them. */
export function suggestAnchors(seed: string, events: readonly { title: string; text?: string }[], headlines?: readonly string[]): (AnchorSuggestion | null)[] {
  const sentences = articleStructure(seed, headlines).paragraphs.flatMap((p) => splitSentences(p)).map((s) => ({ ...s, words: words(s.text) }));
  return events.map((event) => {
    const wanted = words(`${event.title} ${event.text ?? ''}`);
    if (wanted.size === 0) return null;
    let best: (typeof sentences)[number] | undefined;
    let bestShared = 0;
    for (const sentence of sentences) {
      let shared = 0;
      for (const w of wanted) if (sentence.words.has(w)) shared += 1;
      if (shared > bestShared) {
        best = sentence;
        bestShared = shared;
      }
    }
    if (!best || bestShared < 2 || bestShared / wanted.size < 1 / 3) return null;
    const places = occurrences(seed, best.text);
    const quote: StudioQuote = places.length > 1 ? { text: best.text, occurrence: places.indexOf(best.start) + 1 } : { text: best.text };
    return { quote, start: best.start, end: best.end, score: bestShared / wanted.size };
  });
}
