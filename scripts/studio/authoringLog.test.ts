import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spokenDuration } from '../../src/studio/model/duration.ts';
import { appendEntry, authoringTimes, readLog, type LogEntry } from './authoringLog.ts';

const saved = (at: string, over: Partial<Extract<LogEntry, { event: 'saved' }>> = {}): LogEntry => ({ at, slug: 'storm', event: 'saved', events: 15, problems: 0, uncovered: 0, dataWritten: true, ...over });

describe('the authoring log', () => {
  it('times a story from its article pasted to its first save npm run data -- --check passes', () => {
    const times = authoringTimes([
      { at: '2026-12-06T10:00:00.000Z', slug: 'storm', event: 'created' },
      saved('2026-12-06T10:04:00.000Z', { problems: 2, dataWritten: false }),
      saved('2026-12-06T10:08:00.000Z', { uncovered: 3 }),
      saved('2026-12-06T10:11:20.000Z', { events: 14 }),
      saved('2026-12-06T10:15:00.000Z'),
    ]);
    expect(times).toEqual([{ slug: 'storm', created: '2026-12-06T10:00:00.000Z', firstClean: { at: '2026-12-06T10:11:20.000Z', events: 14, seconds: 680 }, saves: 4 }]);
    expect(spokenDuration(680)).toBe('11 min 20 s');
    expect(spokenDuration(45)).toBe('45 s');
  });

  it('counts a story made again under the same name from its new start, and no save of a story it did not see made', () => {
    const times = authoringTimes([
      saved('2026-12-06T09:00:00.000Z', { slug: 'old' }),
      { at: '2026-12-06T10:00:00.000Z', slug: 'storm', event: 'created' },
      saved('2026-12-06T10:05:00.000Z'),
      { at: '2026-12-06T11:00:00.000Z', slug: 'storm', event: 'created' },
      saved('2026-12-06T11:01:00.000Z', { problems: 1, dataWritten: false }),
    ]);
    expect(times).toEqual([{ slug: 'storm', created: '2026-12-06T11:00:00.000Z', saves: 1 }]);
  });

  it('reads back what it wrote and passes over a torn line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'authoring-log-'));
    try {
      const path = join(dir, 'nested', 'log.jsonl');
      appendEntry(path, { at: '2026-12-06T10:00:00.000Z', slug: 'storm', event: 'created' });
      writeFileSync(path, '{"at": "2026-12-06T10:0', { flag: 'a' });
      writeFileSync(path, '\n', { flag: 'a' });
      appendEntry(path, saved('2026-12-06T10:02:00.000Z'));
      expect(readLog(path).map((e) => e.event)).toEqual(['created', 'saved']);
      expect(readLog(join(dir, 'missing.jsonl'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
