import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeline, TimelineLoadError, type LoadFailure } from './loadTimeline';

const committed = readFileSync(new URL('../../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8');
const url = 'https://example.test/data/timeline.json';

function respond(body: string, init: ResponseInit = { status: 200 }): typeof fetch {
  return () => Promise.resolve(new Response(body, init));
}

async function failure(fetchImpl: typeof fetch): Promise<LoadFailure> {
  try {
    await loadTimeline(url, fetchImpl);
  } catch (error) {
    if (error instanceof TimelineLoadError) return error.failure;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loading the timeline', () => {
  it('returns the validated committed timeline', async () => {
    const timeline = await loadTimeline(url, respond(committed));
    expect(timeline.events.length).toBeGreaterThan(10);
    expect(timeline.story.headlines).toHaveLength(3);
  });

  it('reports a request that never arrives', async () => {
    const failed = await failure(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(failed).toEqual({ kind: 'network', url, detail: 'Failed to fetch' });
  });

  it('reports an HTTP error with its status', async () => {
    const failed = await failure(respond('gone', { status: 404, statusText: 'Not Found' }));
    expect(failed).toEqual({ kind: 'http', url, status: 404, statusText: 'Not Found' });
  });

  it('reports a file that is not JSON', async () => {
    const failed = await failure(respond('<html>oops</html>'));
    expect(failed.kind).toBe('not-json');
  });

  it('reports each bad field by its path', async () => {
    const data = JSON.parse(committed) as { events: { id: string }[] };
    data.events[1]!.id = 'Not Valid';
    const failed = await failure(respond(JSON.stringify(data)));
    expect(failed.kind === 'invalid' && failed.problems.map((p) => p.path)).toEqual(['events[1].id']);
  });
});
