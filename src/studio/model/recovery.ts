import type { StudioAuthoring } from './authoring';

/**
 * The browser's copies of the editor's work, so nothing is lost when a save fails, the server
 * stops or the tab closes: the work since the last save, per story, and the options a new story
 * was created with (for its first draft). Both are cleared once used or saved.
 */

export interface RecoveryCopy {
  /** The version of the file the work started from. */
  baseVersion: string;
  authoring: StudioAuthoring;
  at: string;
}

const workKey = (slug: string) => `sourceline-studio:work:${slug}`;
const draftKey = (slug: string) => `sourceline-studio:new:${slug}`;

function read<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export const readRecovery = (slug: string) => read<RecoveryCopy>(workKey(slug));
export const writeRecovery = (slug: string, copy: RecoveryCopy) => write(workKey(slug), copy);
export const clearRecovery = (slug: string) => localStorage.removeItem(workKey(slug));

export interface NewStoryRequest {
  articleDate?: string;
}
export const saveDraftRequest = (slug: string, request: NewStoryRequest) => write(draftKey(slug), request);
export function takeDraftRequest(slug: string): NewStoryRequest | null {
  const request = read<NewStoryRequest>(draftKey(slug));
  localStorage.removeItem(draftKey(slug));
  return request;
}
