import { z } from 'zod';
import { DateBasisSchema, EventIdSchema, VocabularyIdSchema } from '../../src/shared/schema/schema.ts';
import { MARK_SHAPES, MAX_LANES } from '../../src/shared/schema/shapes.ts';
import { impossibleDate } from '../../src/shared/time/calendarCheck.ts';
import { isTimeZone } from './timeZone.ts';
import { languageName } from '../../src/shared/text/language.ts';

/**
 * The authoring file an editor writes beside a seed: events and the quote text each rests on,
 * without offsets. Every object is strict: a key the pipeline does not know (a misspelt
 * `qualifer:`) is an error, never silently dropped with the fact it carried.
 */

/**
 * A day (`2018-07-10`), or a time of day in the story's zone (`2018-07-10T10:00`), or an instant
 * with its offset (`2018-07-10T10:00+07:00`, `2018-07-10T03:00Z`), on the calendar (`2023-02-30` is
 * refused); whether a time exists in the story's zone is checked when it is read (`readAuthoredTime`).
 */
export const AuthoredDateSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/,
    'expected a date (YYYY-MM-DD), a local time (YYYY-MM-DDTHH:MM) or a time with an offset (YYYY-MM-DDTHH:MM+07:00)',
  )
  .superRefine((value, ctx) => {
    const problem = impossibleDate(value);
    if (problem) ctx.addIssue({ code: 'custom', input: value, message: problem });
  });

/** A quote of nothing, or of spaces only, would point at no words (or at any run of spaces). */
const holdsWords = (text: string) => text.trim() !== '';
const EMPTY_QUOTE = 'the quote is empty: write the article’s own words that the event rests on';

/** `occurrence` (1-based) says which one is meant when a quote appears more than once. */
export const AuthoredQuoteSchema = z.union([
  z.string().refine(holdsWords, EMPTY_QUOTE),
  z.strictObject({ text: z.string().refine(holdsWords, EMPTY_QUOTE), occurrence: z.int().positive().optional() }),
]);

/** A number the article states; `qualifier` carries its hedge ("nearly", "about", "more than"). */
export const AuthoredFigureSchema = z.strictObject({
  value: z.number().nonnegative(),
  unit: z.string().min(1),
  label: z.string().min(1),
  qualifier: z.string().min(1).optional(),
  scope: z.string().min(1).optional(),
});

export const AuthoredEventSchema = z.strictObject({
  id: EventIdSchema,
  /** One of the kinds the story's vocabulary declares (or the default set's). */
  kind: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1).optional(),
  start: AuthoredDateSchema,
  end: AuthoredDateSchema.optional(),
  dateBasis: DateBasisSchema,
  dateNote: z.string().min(1).optional(),
  figures: z.array(AuthoredFigureSchema).default([]),
  quotes: z.array(AuthoredQuoteSchema).min(1, 'every event rests on at least one quote'),
});

/**
 * Who published the article, as the story declares it. Every field is optional: an article that
 * names no publisher gets none, and what readers see says so rather than inventing one.
 */
export const AuthoredSourceSchema = z.strictObject({
  publisher: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  byline: z.string().min(1).optional(),
  /** The article's publication date or time, as the publisher gives it. */
  published: AuthoredDateSchema.optional(),
  /** The licence the article is published under, when it is not the newsroom's own ("CC BY 2.5" and its deed). */
  license: z.strictObject({ name: z.string().min(1), url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional() }).optional(),
});

export const AuthoredStorySchema = z.strictObject({
  /** Defaults to the article's first headline. */
  title: z.string().min(1).optional(),
  date: AuthoredDateSchema.optional(),
  dateBasis: z.optional(DateBasisSchema),
  dateNote: z.string().min(1).optional(),
  /** The IANA zone the article's times of day are in (`Asia/Bangkok`). */
  timeZone: z.string().refine(isTimeZone, 'expected an IANA time zone name such as Asia/Bangkok or America/New_York').optional(),
  /** How the story names that zone beside a time ("ICT"); defaults to the zone's city ("Bangkok time"). */
  timeZoneName: z.string().min(1).max(40).optional(),
  /** The language the article is written in, a BCP 47 tag (`en`, `ar`, `pt-BR`); defaults to English. */
  lang: z.string().refine((tag) => languageName(tag) !== null, 'expected a BCP 47 language tag such as en, ar, he, fr or pt-BR').optional(),
  /**
   * The article's headlines, each one of its first lines, in order. Without it they are the lines
   * before the first blank line; `[]` says the article has none.
   */
  headlines: z.array(z.string().min(1)).optional(),
  source: AuthoredSourceSchema.optional(),
  /**
   * This story was published alone at the site's root before other stories joined it: its old
   * addresses (`<site>/events/<id>/`, `<site>/?event=…`, `?embed=1`, the data and the cards) keep
   * working, sending readers to the same state under its own folder. At most one story says so.
   */
  keepRootLinks: z.boolean().optional(),
});

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** A kind of event: the id events name in `kind`, and the label readers see. */
export const AuthoredKindSchema = z.strictObject({ id: VocabularyIdSchema, label: z.string().min(1) });

/**
 * A lane of the chart and its kinds. Without `shortName` the legend uses `name`; without `shape`
 * or `color`, the lane takes the next shape and the next colour of the default palette, which
 * pass every contrast check. A declared colour gives both schemes' values and is checked.
 */
export const AuthoredLaneSchema = z.strictObject({
  id: VocabularyIdSchema,
  name: z.string().min(1),
  shortName: z.string().min(1).max(24).optional(),
  shape: z.enum(MARK_SHAPES).optional(),
  color: z
    .strictObject({
      light: z.string().regex(HEX_COLOUR, 'expected a colour as #rrggbb'),
      dark: z.string().regex(HEX_COLOUR, 'expected a colour as #rrggbb'),
    })
    .optional(),
  /** Its events are periods (a truce), drawn as bands across every lane; each needs an end. */
  periods: z.boolean().optional(),
  kinds: z.array(AuthoredKindSchema).min(1, 'a lane holds at least one kind'),
});

/** Figures charted together: those of these kinds (and units), as bars on one scale or as numbers. */
export const AuthoredFigureGroupSchema = z.strictObject({
  heading: z.string().min(1),
  kinds: z.array(z.string().min(1)).min(1),
  units: z.array(z.string().min(1)).min(1).optional(),
  chart: z.enum(['bars', 'numbers']),
});

/**
 * The story's own vocabulary. Without it, the story uses the default set (the truce story's
 * kinds); without `figureGroups`, every figure is listed as a number under "Figures".
 */
export const AuthoredVocabularySchema = z.strictObject({
  lanes: z.array(AuthoredLaneSchema).min(1).max(MAX_LANES, `at most ${MAX_LANES} lanes, one shape each`),
  figureGroups: z.array(AuthoredFigureGroupSchema).optional(),
});

export const AuthoringSchema = z.strictObject({
  /** The seed file, relative to the authoring file. */
  seed: z.string().min(1),
  story: AuthoredStorySchema,
  vocabulary: AuthoredVocabularySchema.optional(),
  events: z.array(AuthoredEventSchema).min(1),
});

export type Authoring = z.infer<typeof AuthoringSchema>;
export type AuthoredStory = z.infer<typeof AuthoredStorySchema>;
export type AuthoredEvent = z.infer<typeof AuthoredEventSchema>;
export type AuthoredQuote = z.infer<typeof AuthoredQuoteSchema>;
export type AuthoredFigure = z.infer<typeof AuthoredFigureSchema>;
export type AuthoredVocabulary = z.infer<typeof AuthoredVocabularySchema>;
