/**
 * The authoring file as the studio edits it: the same keys as `seeds/<story>.events.yaml`
 * (checked by `scripts/data/authoring.ts`), held loosely so that whatever the editor has typed so
 * far can be shown, saved and checked: an empty optional field is no field, and a required one
 * left empty is written as it is, for the pipeline to name. A quote is always an object here; the
 * file writes it as plain text when it needs no `occurrence`.
 */

export interface StudioQuote {
  text: string;
  /** Which one is meant, 1-based, when the words appear more than once. */
  occurrence?: number;
}

export interface StudioFigure {
  /** A number, or the text typed so far when it is not one yet. */
  value: number | string;
  unit: string;
  label: string;
  qualifier?: string;
  scope?: string;
}

export interface StudioEvent {
  id: string;
  kind: string;
  title: string;
  summary?: string;
  start: string;
  end?: string;
  dateBasis: string;
  dateNote?: string;
  figures: StudioFigure[];
  quotes: StudioQuote[];
}

export interface StudioSource {
  publisher?: string;
  url?: string;
  byline?: string;
  published?: string;
}

export interface StudioStory {
  title?: string;
  /** The article's headlines; absent means the lines before the first blank line. */
  headlines?: string[];
  date?: string;
  dateBasis?: string;
  dateNote?: string;
  timeZone?: string;
  timeZoneName?: string;
  source?: StudioSource;
}

export interface StudioAuthoring {
  /** The seed file, relative to the authoring file. */
  seed: string;
  story: StudioStory;
  events: StudioEvent[];
}

/** Keys in the order the file writes them, so a save gives a stable order and readable diffs. */
export const STORY_KEYS = ['title', 'headlines', 'date', 'dateBasis', 'dateNote', 'timeZone', 'timeZoneName', 'source'] as const;
export const SOURCE_KEYS = ['publisher', 'url', 'byline', 'published'] as const;
export const EVENT_KEYS = ['id', 'kind', 'title', 'summary', 'start', 'end', 'dateBasis', 'dateNote', 'figures', 'quotes'] as const;
export const FIGURE_KEYS = ['value', 'unit', 'label', 'qualifier', 'scope'] as const;

/** The file's data: keys in order, empty optional fields left out, quotes as text where they can be. */
export function normalizeAuthoring(authoring: StudioAuthoring): Record<string, unknown> {
  const present = (value: unknown) => value !== undefined && value !== '';
  const pick = <K extends string>(source: Partial<Record<K, unknown>>, keys: readonly K[], required: readonly K[] = []) => {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = source[key];
      if (present(value) || (required.includes(key) && value !== undefined)) out[key] = value;
    }
    return out;
  };
  const story = pick(authoring.story, STORY_KEYS);
  if (authoring.story.source) {
    const source = pick(authoring.story.source, SOURCE_KEYS);
    if (Object.keys(source).length > 0) story.source = source;
    else delete story.source;
  }
  const events = authoring.events.map((event) => {
    const out = pick(event, EVENT_KEYS, ['id', 'kind', 'title', 'start', 'dateBasis']);
    if (event.figures.length > 0) out.figures = event.figures.map((figure) => pick(figure, FIGURE_KEYS, ['value', 'unit', 'label']));
    else delete out.figures;
    out.quotes = event.quotes.map((quote) => (quote.occurrence === undefined ? quote.text : { text: quote.text, occurrence: quote.occurrence }));
    return out;
  });
  return { seed: authoring.seed, story, events };
}
