import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { StudioAuthoring } from '../../src/studio/model/authoring.ts';
import { studioKinds } from '../../src/studio/model/kinds.ts';
import { STUDIO_HEADER } from '../../src/studio/model/protocol.ts';
import { draftTimeline, proposeForSelection } from '../draft/draft.ts';
import { suggestAnchors } from './anchor.ts';
import { appendEntry, authoringTimes, checkClean, readLog } from './authoringLog.ts';
import { checkStory, createStory, listStories, nodeDisk, openStory, saveStory, StudioError, type Disk, type OpenedStory, type StudioPaths } from './stories.ts';

/**
 * The studio's local API, on the loopback interface only. Every request must carry the
 * `X-Sourceline-Studio` header, which a web page on another site cannot send without a CORS
 * preflight this API never answers, and name this server as its Host (no DNS rebinding): another
 * tab's page cannot create or overwrite files in seeds/.
 */

const MAX_BODY = 50 * 1024 * 1024;

const Text = z.string();
const QuoteSchema = z.object({ text: Text, occurrence: z.number().int().positive().optional() });
const FigureSchema = z.object({ value: z.union([z.number(), Text]), unit: Text, label: Text, qualifier: Text.optional(), scope: Text.optional() });
const EventSchema = z.object({
  id: Text,
  kind: Text,
  title: Text,
  summary: Text.optional(),
  start: Text,
  end: Text.optional(),
  dateBasis: Text,
  dateNote: Text.optional(),
  figures: z.array(FigureSchema),
  quotes: z.array(QuoteSchema),
});
const StoryFields = z.object({
  title: Text.optional(),
  headlines: z.array(Text).optional(),
  date: Text.optional(),
  dateBasis: Text.optional(),
  dateNote: Text.optional(),
  timeZone: Text.optional(),
  timeZoneName: Text.optional(),
  lang: Text.optional(),
  source: z
    .object({ publisher: Text.optional(), url: Text.optional(), byline: Text.optional(), published: Text.optional(), license: z.object({ name: Text, url: Text.optional() }).optional() })
    .optional(),
  keepRootLinks: z.boolean().optional(),
});
const KindFields = z.object({ id: Text, label: Text });
const VocabularyFields = z.object({
  lanes: z.array(
    z.object({
      id: Text,
      name: Text,
      shortName: Text.optional(),
      shape: Text.optional(),
      color: z.object({ light: Text, dark: Text }).optional(),
      periods: z.boolean().optional(),
      kinds: z.array(KindFields),
    }),
  ),
  figureGroups: z.array(z.object({ heading: Text, kinds: z.array(Text), units: z.array(Text).optional(), chart: Text })).optional(),
});
/** The editor's work as the browser sends it: loosely typed, since the pipeline names what is wrong. */
export const StudioAuthoringSchema = z.object({ seed: Text, story: StoryFields, vocabulary: VocabularyFields.optional(), events: z.array(EventSchema) }) satisfies z.ZodType<StudioAuthoring>;

/** What a draft is asked for: the article's date and zone, its headlines, and the story's kinds as the editor has them now. */
const DraftRequest = z.object({ articleDate: Text.regex(/^\d{4}-\d{2}-\d{2}$/).optional(), timeZone: Text.optional(), headlines: z.array(Text).optional(), kinds: z.array(KindFields).optional() });

/** The kinds a draft proposes from: those the editor sends, else the story's file's, else the default set's. */
function kindsFor(request: { kinds?: { id: string; label: string }[] | undefined }, story: OpenedStory) {
  return studioKinds(request.kinds && request.kinds.length > 0 ? { lanes: [{ kinds: request.kinds }] } : story.authoring?.vocabulary);
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new StudioError(413, `the request is over ${MAX_BODY / 1024 / 1024} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function json<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  let data: unknown;
  try {
    data = JSON.parse((await body(req)).toString('utf8'));
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw new StudioError(400, 'the request is not JSON');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new StudioError(400, `the request is not what the studio sends: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim());
  return parsed.data;
}

function send(res: ServerResponse, status: number, data: unknown): void {
  const text = JSON.stringify(data);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** True when the request comes from the studio's own page on this server. */
function trusted(req: IncomingMessage, port: number): boolean {
  if (req.headers[STUDIO_HEADER] !== '1') return false;
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || hosts.some((h) => origin === `http://${h}`);
}

export interface StudioApiOptions {
  paths: StudioPaths;
  port: number;
  disk?: Disk;
}

/** Handles `/api/…` requests; resolves false for any other path. */
export function createStudioApi({ paths, port, disk = nodeDisk }: StudioApiOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) return false;
    if (!trusted(req, port)) {
      send(res, 403, { error: 'the studio’s API answers only the studio’s own page on this computer' });
      return true;
    }
    try {
      await route(req, res, url);
    } catch (error) {
      if (error instanceof StudioError) send(res, error.status, { error: error.message });
      else {
        console.error(error);
        if (!res.headersSent) send(res, 500, { error: `the studio’s server failed: ${(error as Error).message}` });
        else res.end();
      }
    }
    return true;
  };

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const [, collection, slug, action] = parts;
    if (collection !== 'stories' || parts.length > 4) throw new StudioError(404, `no such address: ${url.pathname}`);
    const method = req.method ?? 'GET';
    if (slug === undefined) {
      if (method === 'GET') return send(res, 200, { stories: listStories(paths) });
      if (method === 'POST') {
        const name = url.searchParams.get('slug') ?? '';
        const created = createStory(paths, name, await body(req), disk);
        appendEntry(paths.log, { at: new Date().toISOString(), slug: created.slug, event: 'created' });
        return send(res, 201, created);
      }
    } else if (action === undefined) {
      if (method === 'GET') return send(res, 200, openStory(paths, slug));
      if (method === 'PUT') {
        const { authoring, baseVersion } = await json(req, z.object({ authoring: StudioAuthoringSchema, baseVersion: Text }));
        const result = saveStory(paths, slug, authoring, baseVersion, disk);
        if (!result.ok) return send(res, result.conflict ? 409 : 500, result);
        const entry = { at: new Date().toISOString(), slug, event: 'saved' as const, events: authoring.events.length, problems: result.problems.length, uncovered: result.uncovered, dataWritten: result.dataWritten };
        appendEntry(paths.log, entry);
        // A check-clean save of a story made in this studio says how long it took from the article pasted.
        const made = paths.log && checkClean(entry) ? authoringTimes(readLog(paths.log)).find((t) => t.slug === slug) : undefined;
        return send(res, 200, made ? { ...result, madeInSeconds: Math.round((Date.parse(entry.at) - Date.parse(made.created)) / 1000) } : result);
      }
    } else if (method === 'POST') {
      if (action === 'check') {
        const { authoring } = await json(req, z.object({ authoring: StudioAuthoringSchema }));
        return send(res, 200, checkStory(paths, slug, authoring));
      }
      if (action === 'draft') return draft(req, res, slug);
      if (action === 'propose') {
        const request = await json(req, DraftRequest.extend({ start: z.number().int().nonnegative(), end: z.number().int().positive() }));
        const story = openStory(paths, slug);
        if (request.end <= request.start || request.end > story.seedText.length) throw new StudioError(400, 'the selection is not in the article');
        const { start, end, kinds, ...options } = request;
        return send(res, 200, await proposeForSelection(story.seedText, { start, end }, { ...options, kinds: kindsFor({ kinds }, story) }));
      }
      if (action === 'anchor') {
        const request = await json(req, z.object({ events: z.array(z.object({ title: Text, text: Text.optional() })), headlines: z.array(Text).optional() }));
        const story = openStory(paths, slug);
        return send(res, 200, { suggestions: suggestAnchors(story.seedText, request.events, request.headlines) });
      }
    }
    throw new StudioError(405, `${method} ${url.pathname} is not something the studio does`);
  }

  /** Drafts the article, streaming its progress as lines of JSON, then the draft. */
  async function draft(req: IncomingMessage, res: ServerResponse, slug: string): Promise<void> {
    const { kinds, ...options } = await json(req, DraftRequest);
    const story = openStory(paths, slug);
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' });
    let last = 0;
    const result = await draftTimeline(story.seedText, {
      ...options,
      kinds: kindsFor({ kinds }, story),
      onProgress: ({ done, total }) => {
        // At most every 100 ms, and always the last.
        const now = Date.now();
        if (now - last < 100 && done < total) return;
        last = now;
        res.write(`${JSON.stringify({ progress: { done, total } })}\n`);
      },
    });
    res.end(`${JSON.stringify({ draft: result })}\n`);
  }
}
