import type { StudioAuthoring } from '../model/authoring';
import { STUDIO_HEADER } from '../model/protocol';
import type { AnchorSuggestion, CheckResult, Draft, DraftProposal, OpenedStory, SaveResult, StorySummary } from './types';

/**
 * Calls to the studio's local API. Every request carries the studio's header; a refusal comes
 * back as an Error with the API's own sentence.
 */

const base = new URL('./api/', document.baseURI);

async function call<T>(path: string, init: RequestInit = {}, accept: number[] = []): Promise<T> {
  const response = await fetch(new URL(path, base), { ...init, headers: { [STUDIO_HEADER]: '1', ...(init.body && typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}), ...init.headers } });
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`the studio’s server answered ${response.status} without data${text ? `: ${text.slice(0, 200)}` : ''}`);
  }
  if (!response.ok && !accept.includes(response.status)) throw new Error((data as { error?: string }).error ?? `the studio’s server answered ${response.status}`);
  return data as T;
}

const story = (slug: string, action = '') => `stories/${encodeURIComponent(slug)}${action ? `/${action}` : ''}`;

export const listStories = () => call<{ stories: StorySummary[] }>('stories').then((r) => r.stories);

/** Creates a story from the article's bytes, as they are. */
export const createStory = (slug: string, bytes: Uint8Array) =>
  call<{ slug: string }>(`stories?slug=${encodeURIComponent(slug)}`, { method: 'POST', body: bytes as BodyInit, headers: { 'Content-Type': 'application/octet-stream' } });

export const openStory = (slug: string) => call<OpenedStory>(story(slug));

export const checkStory = (slug: string, authoring: StudioAuthoring, signal?: AbortSignal) =>
  call<CheckResult>(story(slug, 'check'), { method: 'POST', body: JSON.stringify({ authoring }), ...(signal ? { signal } : {}) });

export const saveStory = (slug: string, authoring: StudioAuthoring, baseVersion: string) =>
  call<SaveResult>(story(slug), { method: 'PUT', body: JSON.stringify({ authoring, baseVersion }) }, [409, 500]);

export interface DraftRequest {
  articleDate?: string;
  timeZone?: string;
  headlines?: string[];
  /** The story's kinds as the editor has them now: the draft proposes only these. */
  kinds?: { id: string; label: string }[];
}

export const proposeForSelection = (slug: string, start: number, end: number, request: DraftRequest) =>
  call<DraftProposal>(story(slug, 'propose'), { method: 'POST', body: JSON.stringify({ start, end, ...request }) });

export const suggestAnchors = (slug: string, events: { title: string; text?: string }[], headlines?: string[]) =>
  call<{ suggestions: (AnchorSuggestion | null)[] }>(story(slug, 'anchor'), { method: 'POST', body: JSON.stringify({ events, ...(headlines ? { headlines } : {}) }) }).then((r) => r.suggestions);

/** Drafts the article, reporting progress as the server streams it. */
export async function draftStory(slug: string, request: DraftRequest, onProgress: (done: number, total: number) => void): Promise<Draft> {
  const response = await fetch(new URL(story(slug, 'draft'), base), { method: 'POST', headers: { [STUDIO_HEADER]: '1', 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
  if (!response.ok || !response.body) {
    const text = await response.text();
    let message = `the studio’s server answered ${response.status}`;
    try {
      message = (JSON.parse(text) as { error?: string }).error ?? message;
    } catch {
      // Not JSON: the status says enough.
    }
    throw new Error(message);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let newline = buffer.indexOf('\n');
    while (newline !== -1) {
      const line = JSON.parse(buffer.slice(0, newline)) as { progress?: { done: number; total: number }; draft?: Draft };
      buffer = buffer.slice(newline + 1);
      if (line.progress) onProgress(line.progress.done, line.progress.total);
      if (line.draft) return line.draft;
      newline = buffer.indexOf('\n');
    }
    if (done) throw new Error('the draft stopped before it was finished');
  }
}
