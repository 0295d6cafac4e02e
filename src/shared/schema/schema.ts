import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { EVENT_ID_MAX_LENGTH } from '../ids/eventId';
import { firstBidiControl } from '../text/bidi';
import { canonicalLanguage } from '../text/language';
import { impossibleDate } from '../time/calendarCheck';
import { formatRatio, laneContrastShortfalls } from '../color/laneContrast';
import { MARK_SHAPES, MAX_LANES } from './shapes';
import { DEFAULT_VOCABULARY } from './defaultVocabulary';
import { kindTable } from './kinds';

/**
 * The data contract of `public/data/timeline.json`: the one schema the app validates with,
 * the derivation script writes against, and the JSON Schema is generated from.
 * Field names here are used by other tools; add fields, never rename them.
 *
 * Written with zod's tree-shakable `zod/mini` API: the same checks as classic zod at about a
 * tenth of its weight in the reader's download.
 */

// zod/mini ships no messages; the English ones name what was expected and what was found.
z.config(en());

const nonEmpty = (message?: string) => z.string().check(z.minLength(1, message));

/**
 * Text an editor writes (titles, notes, figures' words): no direction controls, which would
 * reverse the sentence around the text wherever it is quoted (a label, a card, a page title).
 * The article's own words are never refused: they are the facts, kept as received.
 */
const editorText = (message?: string) =>
  nonEmpty(message).check(
    z.superRefine((text, ctx) => {
      const control = firstBidiControl(text);
      if (control) ctx.addIssue({ code: 'custom', input: text, message: `holds an invisible direction control (${control}) that would reverse the text around it wherever it is shown; remove it` });
    }),
  );

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;

/**
 * A date (`2023-11-24`) or a date-time with an offset (`2023-11-30T07:40:00+02:00`), on the
 * calendar: `2023-02-30` has the shape but is no day, and would show as 2 March.
 */
export const IsoDateSchema = z
  .string()
  .check(
    z.regex(ISO_DATE, 'expected an ISO 8601 date (YYYY-MM-DD) or date-time with an offset'),
    z.superRefine((iso, ctx) => {
      const problem = ISO_DATE.test(iso) ? impossibleDate(iso) : null;
      if (problem) ctx.addIssue({ code: 'custom', input: iso, message: problem });
    }),
    z.describe('ISO 8601 date, or date-time with an offset'),
  );

/**
 * Event ids appear in URLs, folder names and news pages' hashes, so they are URL-safe and at most
 * 100 characters (`src/shared/ids/eventId.ts`).
 */
export const EventIdSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and hyphens, starting with a letter or digit'),
    z.maxLength(EVENT_ID_MAX_LENGTH, `an event id is at most ${EVENT_ID_MAX_LENGTH} characters, since it goes into page paths and deep links`),
  );

/** A verbatim passage of the article, located by UTF-16 offsets: `text === seed.slice(start, end)`. */
export const QuoteSchema = z.object({
  text: nonEmpty('a quote cannot be empty'),
  start: z.int().check(z.gte(0)),
  end: z.int().check(z.gt(0)),
});

/** A number the article states, with what it counts. `qualifier` keeps words such as "nearly". */
export const FigureSchema = z.object({
  value: z.number().check(z.gte(0)),
  unit: editorText(),
  label: editorText(),
  qualifier: z.optional(editorText()),
  scope: z.optional(editorText()),
  /**
   * Where its quotes state it: the index of the quote in the event's `quotes` and the number's
   * offsets in that quote's text, as the data pipeline found and checked them. The app points at
   * these words; it does not read numbers itself.
   */
  stated: z.optional(z.object({ quote: z.int().check(z.gte(0)), start: z.int().check(z.gte(0)), end: z.int().check(z.gt(0)) })),
});

/** Whether the article states a date, or the date was worked out (and `dateNote` says how). */
export const DateBasisSchema = z.enum(['stated', 'inferred']);

const eventFields = {
  id: EventIdSchema,
  title: editorText(),
  /** One sentence in the editor's words; the quotes carry the article's words. */
  summary: z.optional(editorText()),
  start: IsoDateSchema,
  /** Inclusive last day (or instant) of an event that spans time. */
  end: z.optional(IsoDateSchema),
  dateBasis: DateBasisSchema,
  dateNote: z.optional(editorText()),
  figures: z.array(FigureSchema),
  quotes: z.array(QuoteSchema).check(z.minLength(1, 'every event rests on at least one quote')),
};

/**
 * A kind of event or a lane, named in the story's vocabulary: lowercase letters, digits and
 * hyphens, as they go into class names and the authoring file.
 */
export const VocabularyIdSchema = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]*$/, 'expected lowercase letters, digits and hyphens, starting with a letter'), z.maxLength(40, 'at most 40 characters'));

/**
 * One event of the story. Its `kind` is one the story's vocabulary declares (checked with the whole
 * timeline below); an event of a kind in a lane of periods has an end.
 */
export const EventSchema = z.object({ kind: VocabularyIdSchema, ...eventFields });

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** A lane's colour in the light and the dark scheme, each `#rrggbb`. */
export const LaneColorSchema = z.object({
  light: z.string().check(z.regex(HEX_COLOUR, 'expected a colour as #rrggbb')),
  dark: z.string().check(z.regex(HEX_COLOUR, 'expected a colour as #rrggbb')),
});

/** A kind of event: its id (what events name in `kind`) and how readers see it named. */
export const VocabularyKindSchema = z.object({ id: VocabularyIdSchema, label: editorText() });

/**
 * A row of the chart and the kinds drawn in it, with its name, its short name (the legend on
 * narrow screens), its shape and its colour in both schemes. A lane of `periods` draws its events
 * as bands across every lane (the truce and its extension).
 */
export const LaneSchema = z.object({
  id: VocabularyIdSchema,
  name: editorText(),
  shortName: editorText(),
  shape: z.enum(MARK_SHAPES),
  color: LaneColorSchema,
  periods: z.optional(z.boolean()),
  kinds: z.array(VocabularyKindSchema).check(z.minLength(1, 'a lane holds at least one kind')),
});

/**
 * Figures charted together under a heading: those of events of these kinds (and, when given,
 * only these units), as bars on one scale from zero, or as numbers when their scopes differ too
 * much for lengths to compare.
 */
export const FigureGroupSchema = z.object({
  heading: editorText(),
  kinds: z.array(VocabularyIdSchema).check(z.minLength(1)),
  units: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
  chart: z.enum(['bars', 'numbers']),
});

/**
 * The story's vocabulary: its lanes, from top to bottom, each with its kinds, and its figure
 * groups. Each lane has its own shape, so kinds are told apart without colour; each colour passes
 * WCAG 2.2 AA wherever the chart paints with it (`laneContrastShortfalls`).
 */
export const VocabularySchema = z
  .object({
    lanes: z.array(LaneSchema).check(z.minLength(1), z.maxLength(MAX_LANES, `at most ${MAX_LANES} lanes`)),
    figureGroups: z.array(FigureGroupSchema),
  })
  .check(
    z.superRefine((vocabulary, ctx) => {
      for (const { path, message } of vocabularyProblems(vocabulary)) ctx.addIssue({ code: 'custom', path, message, input: vocabulary });
    }),
  );

/** What a type cannot say about a vocabulary, each with its path inside it. */
export function vocabularyProblems(vocabulary: z.infer<typeof VocabularySchema>): { path: PropertyKey[]; message: string }[] {
  const problems: { path: PropertyKey[]; message: string }[] = [];
  const laneIds = new Map<string, number>();
  const kindIds = new Map<string, string>();
  const shapes = new Map<string, string>();
  let periodsLane: string | undefined;
  vocabulary.lanes.forEach((lane, l) => {
    const kindsOf = lane.kinds.map((kind) => `"${kind.id}"`).join(', ');
    if (laneIds.has(lane.id)) problems.push({ path: ['lanes', l, 'id'], message: `lane id "${lane.id}" is given twice (also lanes[${laneIds.get(lane.id)}])` });
    laneIds.set(lane.id, l);
    const shapeOwner = shapes.get(lane.shape);
    if (shapeOwner) problems.push({ path: ['lanes', l, 'shape'], message: `"${lane.shape}" is already the shape of lane "${shapeOwner}"; each lane needs its own, so its kinds are told apart without colour (shapes: ${MARK_SHAPES.join(', ')})` });
    else shapes.set(lane.shape, lane.id);
    if (lane.periods) {
      if (periodsLane) problems.push({ path: ['lanes', l, 'periods'], message: `only one lane may hold periods, and lane "${periodsLane}" does` });
      periodsLane ??= lane.id;
    }
    lane.kinds.forEach((kind, k) => {
      const owner = kindIds.get(kind.id);
      if (owner) problems.push({ path: ['lanes', l, 'kinds', k, 'id'], message: `kind "${kind.id}" is already in lane "${owner}"; a kind belongs to one lane` });
      else kindIds.set(kind.id, lane.id);
    });
    for (const scheme of ['light', 'dark'] as const) {
      const colour = lane.color[scheme];
      const shortfalls = laneContrastShortfalls(colour, scheme, lane.periods === true);
      if (shortfalls.length === 0) continue;
      const listed = shortfalls.map((s) => `${formatRatio(s.ratio)} for ${s.what} (needs ${s.needed}:1)`).join('; ');
      problems.push({
        path: ['lanes', l, 'color', scheme],
        message: `${colour}, lane "${lane.id}"'s colour (kinds ${kindsOf}) in the ${scheme} scheme, has too little contrast: ${listed}`,
      });
    }
  });
  vocabulary.figureGroups.forEach((group, g) => {
    group.kinds.forEach((kind, k) => {
      if (!kindIds.has(kind)) problems.push({ path: ['figureGroups', g, 'kinds', k], message: `"${kind}" is not a kind of any lane (kinds: ${[...kindIds.keys()].join(', ')})` });
    });
  });
  return problems;
}

const HttpUrlSchema = z.string().check(z.regex(/^https?:\/\/[^\s"<>]+$/, 'expected an http(s) URL'));

/** The article's publisher, its address, byline and publication date or time, and the licence it is reused under. */
export const SourceSchema = z.object({
  publisher: z.optional(editorText()),
  /** Only http(s): the address is a link readers follow. */
  url: z.optional(HttpUrlSchema),
  byline: z.optional(editorText()),
  published: z.optional(IsoDateSchema),
  /** The licence that lets the story reuse the article ("CC BY 2.5"), with its deed's address. */
  license: z.optional(z.object({ name: editorText(), url: z.optional(HttpUrlSchema) })),
});

export const StorySchema = z.object({
  /** The editor's, or the article's first headline: either way a title, quoted in sentences and pages' titles. */
  title: editorText(),
  /** The article's headlines in the order it prints them, repeats included. */
  headlines: z.array(nonEmpty()).check(z.minLength(1)),
  /** Path of the seed file, relative to the repository root. */
  seed: nonEmpty(),
  /** SHA-256 of the seed's bytes, so a changed article is noticed. */
  seedSha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** The seed's full text: quote offsets index into it, and the article panel renders it. */
  text: nonEmpty(),
  /** The article's date, when it has one or one is worked out. */
  date: z.optional(IsoDateSchema),
  dateBasis: z.optional(DateBasisSchema),
  dateNote: z.optional(editorText()),
  /**
   * The IANA zone the story's times of day are in (`Asia/Bangkok`). Every date-time in the file
   * is that zone's local time with its offset, so the offset gives the local time, and the app
   * shows and orders times as the story's clock reads them.
   */
  timeZone: z.optional(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_+\-/]*$/, 'expected an IANA time zone name such as Asia/Bangkok'))),
  /** How the story names its zone beside a time ("ICT"); without it, the zone's city ("Bangkok time"). */
  timeZoneName: z.optional(editorText()),
  /** Who published the article, as the story declares it; each part only when the article or its publisher gives it. */
  source: z.optional(SourceSchema),
  /**
   * The language the article is written in, a BCP 47 tag in its canonical form (`ar`, `pt-BR`);
   * without it, English. Every page of the story declares it, and its direction (`shared/text/language.ts`).
   */
  lang: z.optional(z.string().check(z.refine((tag) => canonicalLanguage(tag) === tag, 'expected a BCP 47 language tag in its canonical form, such as en, ar or pt-BR'))),
});

const TimelineShape = z.object({
  version: z.literal(1),
  story: StorySchema,
  /** The story's lanes, kinds and figure groups; without it, the default set (`defaultVocabulary.ts`). */
  vocabulary: z.optional(VocabularySchema),
  events: z.array(EventSchema).check(z.minLength(1, 'a timeline needs at least one event')),
});

/** Checks a type cannot express: unique ids, ends after starts, notes on inferred dates, quotes equal to the text. */
export const TimelineSchema = TimelineShape.check(
  z.superRefine((timeline, ctx) => {
    const { story, events } = timeline;
    const kinds = kindTable(timeline.vocabulary ?? DEFAULT_VOCABULARY);
    if (story.dateBasis === 'inferred' && !story.dateNote) {
      ctx.addIssue({ code: 'custom', path: ['story', 'dateNote'], message: 'an inferred date needs a note saying how it was inferred' });
    }
    const seen = new Map<string, number>();
    events.forEach((event, index) => {
      const earlier = seen.get(event.id);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['events', index, 'id'], message: `duplicate id "${event.id}" (also events[${earlier}])` });
      } else {
        seen.set(event.id, index);
      }
      const kind = kinds.find(event.kind);
      if (!kind) {
        ctx.addIssue({ code: 'custom', path: ['events', index, 'kind'], message: `"${event.kind}" is not a kind of this story (its kinds: ${kinds.ids.join(', ')})` });
      } else if (kind.lane.periods && event.end === undefined) {
        ctx.addIssue({ code: 'custom', path: ['events', index, 'end'], message: `missing: a "${kind.label}" is a period, drawn as a band across the chart, so it needs an end` });
      }
      if (event.end !== undefined && event.end < event.start) {
        ctx.addIssue({ code: 'custom', path: ['events', index, 'end'], message: `the end (${event.end}) comes before the start (${event.start})` });
      }
      if (event.dateBasis === 'inferred' && !event.dateNote) {
        ctx.addIssue({ code: 'custom', path: ['events', index, 'dateNote'], message: 'an inferred date needs a note saying how it was inferred' });
      }
      event.figures.forEach((figure, f) => {
        const stated = figure.stated;
        const quote = stated ? event.quotes[stated.quote] : undefined;
        if (stated && (!quote || stated.end <= stated.start || stated.end > quote.text.length)) {
          ctx.addIssue({ code: 'custom', path: ['events', index, 'figures', f, 'stated'], message: `no words of quote ${stated.quote} at ${stated.start}–${stated.end}` });
        }
      });
      event.quotes.forEach((quote, q) => {
        const path = ['events', index, 'quotes', q];
        if (quote.end <= quote.start) {
          ctx.addIssue({ code: 'custom', path: [...path, 'end'], message: 'a quote must end after it starts' });
        } else if (story.text.slice(quote.start, quote.end) !== quote.text) {
          ctx.addIssue({ code: 'custom', path: [...path, 'text'], message: 'the quote is not the article text at its offsets' });
        }
      });
    });
  }),
);

export type Timeline = z.infer<typeof TimelineShape>;
export type Story = z.infer<typeof StorySchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type EventKind = TimelineEvent['kind'];
export type Vocabulary = z.infer<typeof VocabularySchema>;
export type VocabularyLane = z.infer<typeof LaneSchema>;
export type VocabularyKind = z.infer<typeof VocabularyKindSchema>;
export type LaneColor = z.infer<typeof LaneColorSchema>;
export type FigureGroup = z.infer<typeof FigureGroupSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type DateBasis = z.infer<typeof DateBasisSchema>;
export type Source = z.infer<typeof SourceSchema>;
