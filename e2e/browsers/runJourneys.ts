import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { journeys, type Urls } from './journeys';
import { startServers } from './servers';
import type { Session } from './session';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Runs every journey, in order, in one session of `engine` opened by `open`, each as a test of
 * node's test runner. A failed journey leaves a screenshot in `.cache/test-results/<engine>/`.
 */
export function runJourneys(engine: string, open: () => Promise<Session>): void {
  let session: Session | null = null;
  let servers: { urls: Urls; stop: () => void } | null = null;
  const shots = `${root}.cache/test-results/${engine}`;

  // Hooks have time limits too: a browser or server that never answers fails the run, never hangs it.
  before(
    async () => {
      mkdirSync(shots, { recursive: true });
      servers = await startServers();
      session = await open();
      await session.setSize(1280, 800);
    },
    { timeout: 120_000 },
  );
  after(
    async () => {
      try {
        await session?.close();
      } finally {
        servers?.stop();
      }
    },
    { timeout: 30_000 },
  );

  for (const journey of journeys) {
    void test(`${engine}: ${journey.name}`, { timeout: 90_000 }, async () => {
      if (!session || !servers) throw new Error(`${engine} did not start`);
      try {
        // Each journey starts at a desktop's size; one that needs a phone's sets it.
        await session.setSize(1280, 800);
        await journey.run(session, servers.urls);
      } catch (error) {
        await session.screenshot(`${shots}/${journey.name.replace(/\W+/g, '-').slice(0, 80)}.png`).catch(() => undefined);
        throw error;
      }
    });
  }
}
