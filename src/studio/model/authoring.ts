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
  /** The licence the article is reused under ("CC BY 2.5" and its deed). */
  license?: { name: string; url?: string };
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
  /** The article's language, a BCP 47 tag (`ar`); absent means English. */
  lang?: string;
  source?: StudioSource;
  /** The story was alone at the site's root before: its old addresses keep working (kept as the file has it). */
  keepRootLinks?: boolean;
}

/** A kind of event the story declares: the id events name, the label readers see. */
export interface StudioVocabularyKind {
  id: string;
  label: string;
}

/** A lane of the chart with its kinds, as the authoring file declares it. */
export interface StudioLane {
  id: string;
  name: string;
  shortName?: string;
  shape?: string;
  color?: { light: string; dark: string };
  periods?: boolean;
  kinds: StudioVocabularyKind[];
}

/** Figures charted together. */
export interface StudioFigureGroup {
  heading: string;
  kinds: string[];
  units?: string[];
  chart: string;
}

/** The story's own vocabulary (`vocabulary:`): its lanes and kinds, and its figure groups. */
export interface StudioVocabulary {
  lanes: StudioLane[];
  figureGroups?: StudioFigureGroup[];
}

export interface StudioAuthoring {
  /** The seed file, relative to the authoring file. */
  seed: string;
  story: StudioStory;
  /** Absent: the story uses the default set of kinds. */
  vocabulary?: StudioVocabulary;
  events: StudioEvent[];
}

/** Keys in the order the file writes them, so a save gives a stable order and readable diffs. */
export const STORY_KEYS = ['title', 'headlines', 'date', 'dateBasis', 'dateNote', 'timeZone', 'timeZoneName', 'lang', 'source', 'keepRootLinks'] as const;
export const SOURCE_KEYS = ['publisher', 'url', 'byline', 'published', 'license'] as const;
export const LICENSE_KEYS = ['name', 'url'] as const;
export const EVENT_KEYS = ['id', 'kind', 'title', 'summary', 'start', 'end', 'dateBasis', 'dateNote', 'figures', 'quotes'] as const;
export const FIGURE_KEYS = ['value', 'unit', 'label', 'qualifier', 'scope'] as const;
export const LANE_KEYS = ['id', 'name', 'shortName', 'shape', 'color', 'periods', 'kinds'] as const;
export const FIGURE_GROUP_KEYS = ['heading', 'kinds', 'units', 'chart'] as const;

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
    if (authoring.story.source.license) {
      const license = pick(authoring.story.source.license, LICENSE_KEYS, ['name']);
      if (Object.values(license).some((v) => v !== '')) source.license = license;
      else delete source.license;
    }
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
  const vocabulary = authoring.vocabulary
    ? {
        lanes: authoring.vocabulary.lanes.map((lane) => {
          const out = pick(lane, LANE_KEYS, ['id', 'name', 'kinds']);
          if (lane.color) out.color = { light: lane.color.light, dark: lane.color.dark };
          out.kinds = lane.kinds.map((kind) => ({ id: kind.id, label: kind.label }));
          return out;
        }),
        ...(authoring.vocabulary.figureGroups ? { figureGroups: authoring.vocabulary.figureGroups.map((group) => pick(group, FIGURE_GROUP_KEYS, ['heading', 'kinds', 'chart'])) } : {}),
      }
    : undefined;
  return { seed: authoring.seed, story, ...(vocabulary ? { vocabulary } : {}), events };
}
