import { spawn, type ChildProcess } from 'node:child_process';
import { APP_PORT, BASE_PATH, HOST_PORT, TRUCE_PATH } from '../support/ports';
import type { Urls } from './journeys';

/**
 * The built site, served with the headers of its `_headers` (the Content-Security-Policy
 * included), and the news site that embeds it, on ports next to Playwright's so both can run.
 */
export const JOURNEY_APP_PORT = APP_PORT + 1;
export const JOURNEY_HOST_PORT = HOST_PORT + 1;
/** Where the WebKit journeys' WebKitWebDriver listens. */
export const WEBDRIVER_PORT = APP_PORT + 2;

const root = new URL('../..', import.meta.url).pathname;

function start(args: string[], ready: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  // However the run ends, the server ends with it.
  process.once('exit', () => child.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    let output = '';
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) resolve(child);
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before listening: ${output}`)));
  });
}

/** Starts both servers; `stop` ends them (by their own process ids). */
export async function startServers(): Promise<{ urls: Urls; stop: () => void }> {
  const site = `http://127.0.0.1:${JOURNEY_APP_PORT}${BASE_PATH}`;
  const app = `${site}${TRUCE_PATH}`;
  const host = `http://127.0.0.1:${JOURNEY_HOST_PORT}`;
  const started = await Promise.allSettled([
    start(['scripts/serve-static.mjs', '--dir', 'dist', '--port', String(JOURNEY_APP_PORT), '--base', BASE_PATH, '--headers'], `127.0.0.1:${JOURNEY_APP_PORT}`),
    start(['e2e/hosts/server.mjs', '--port', String(JOURNEY_HOST_PORT), '--app', app, '--site', site], `127.0.0.1:${JOURNEY_HOST_PORT}`),
  ]);
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stop = () => servers.forEach((server) => server.kill('SIGTERM'));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    // One that did start would keep the test process alive for ever: stop it before saying why.
    stop();
    throw failed.reason;
  }
  return { urls: { site, app, host }, stop };
}
