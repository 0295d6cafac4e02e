import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { EVENT_ID_MAX_LENGTH } from '../ids/eventId';
import { firstBidiControl } from '../text/bidi';
import { impossibleDate } from '../time/calendar';

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

/** The kinds of event, as a discriminated union on `kind`. A truce period always has an end. */
export const EventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('truce-period'), ...eventFields, end: IsoDateSchema }),
  z.object({ kind: z.literal('exchange'), ...eventFields }),
  z.object({ kind: z.literal('casualties'), ...eventFields }),
  z.object({ kind: z.literal('violence'), ...eventFields }),
  z.object({ kind: z.literal('military'), ...eventFields }),
  z.object({ kind: z.literal('diplomacy'), ...eventFields }),
  z.object({ kind: z.literal('statement'), ...eventFields }),
  z.object({ kind: z.literal('humanitarian'), ...eventFields }),
]);

export const EVENT_KINDS = [
  'truce-period',
  'exchange',
  'casualties',
  'violence',
  'military',
  'diplomacy',
  'statement',
  'humanitarian',
] as const satisfies readonly TimelineEvent['kind'][];

/** The article's publisher, its address, byline and publication date or time. */
export const SourceSchema = z.object({
  publisher: z.optional(editorText()),
  /** Only http(s): the address is a link readers follow. */
  url: z.optional(z.string().check(z.regex(/^https?:\/\/[^\s"<>]+$/, 'expected an http(s) URL'))),
  byline: z.optional(editorText()),
  published: z.optional(IsoDateSchema),
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
});

const TimelineShape = z.object({
  version: z.literal(1),
  story: StorySchema,
  events: z.array(EventSchema).check(z.minLength(1, 'a timeline needs at least one event')),
});

/** Checks a type cannot express: unique ids, ends after starts, notes on inferred dates, quotes equal to the text. */
export const TimelineSchema = TimelineShape.check(
  z.superRefine((timeline, ctx) => {
    const { story, events } = timeline;
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
export type Figure = z.infer<typeof FigureSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type DateBasis = z.infer<typeof DateBasisSchema>;
export type Source = z.infer<typeof SourceSchema>;
