import { z } from 'zod';
import { DateBasisSchema, EventIdSchema, EVENT_KINDS, FigureSchema, IsoDateSchema } from '../../src/features/data/schema.ts';

/**
 * The authoring file an editor writes beside a seed: events and the quote text each rests on,
 * without offsets. `occurrence` (1-based) says which one is meant when a quote appears more than once.
 */
export const AuthoredQuoteSchema = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), occurrence: z.int().positive().optional() }),
]);

export const AuthoredEventSchema = z.object({
  id: EventIdSchema,
  kind: z.enum(EVENT_KINDS),
  title: z.string().min(1),
  summary: z.string().min(1).optional(),
  start: IsoDateSchema,
  end: z.optional(IsoDateSchema),
  dateBasis: DateBasisSchema,
  dateNote: z.string().min(1).optional(),
  figures: z.array(FigureSchema).default([]),
  quotes: z.array(AuthoredQuoteSchema).min(1, 'every event rests on at least one quote'),
});

export const AuthoringSchema = z.object({
  /** The seed file, relative to the authoring file. */
  seed: z.string().min(1),
  story: z.object({
    /** Defaults to the article's first headline. */
    title: z.string().min(1).optional(),
    date: z.optional(IsoDateSchema),
    dateBasis: z.optional(DateBasisSchema),
    dateNote: z.string().min(1).optional(),
  }),
  events: z.array(AuthoredEventSchema).min(1),
});

export type Authoring = z.infer<typeof AuthoringSchema>;
export type AuthoredEvent = z.infer<typeof AuthoredEventSchema>;
export type AuthoredQuote = z.infer<typeof AuthoredQuoteSchema>;
