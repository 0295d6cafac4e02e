import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile } from './prerender/securityHeaders';

/**
 * The static server the end-to-end tests and the benchmark run, attacked with raw requests: bad
 * percent-encoding, methods a static host does not answer, paths that look like other hosts.
 * Each request goes over its own socket, byte for byte as written, and the server must answer it
 * and then still answer the next one. The served folder has a secret file beside it, which no
 * path, however written, may reach.
 */

const script = new URL('./serve-static.mjs', import.meta.url).pathname;
let outer = '';
let dir = '';
const SECRET = 'the secret beside the site';

interface Server {
  child: ChildProcess;
  port: number;
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function start(args: string[]): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [script, '--dir', dir, '--port', String(port), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(`127.0.0.1:${port}/`)) resolve({ child, port });
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${out}`)));
  });
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `head` exactly as written (HTTP/1.0: one answer, not chunked, then the connection closes) and reads the answer. */
function raw(port: number, head: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(head)}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [top = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = top.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(`${head}\r\nHost: 127.0.0.1\r\n\r\n`);
  });
}

const get = (port: number, target: string, method = 'GET') => raw(port, `${method} ${target} HTTP/1.0`);

beforeAll(() => {
  outer = mkdtempSync(join(tmpdir(), 'serve-static-'));
  dir = join(outer, 'site');
  mkdirSync(dir);
  writeFileSync(join(outer, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, '404.html'), '<p>not found page</p>');
  mkdirSync(join(dir, 'events', 'a'), { recursive: true });
  writeFileSync(join(dir, 'events', 'a', 'index.html'), '<p>event a</p>');
});

afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe.each([
  { name: 'at the root', base: [] as string[], prefix: '/' },
  { name: 'under --base', base: ['--base', '/news/sourceline/'], prefix: '/news/sourceline/' },
])('serve-static $name', ({ base, prefix }) => {
  let server: Server;
  beforeAll(async () => {
    server = await start(base);
  });
  afterAll(() => {
    server.child.kill('SIGTERM');
  });

  it('serves files, as before', async () => {
    const home = await get(server.port, prefix);
    expect(home.status).toBe(200);
    expect(home.body).toBe('<p>home</p>');
    expect((await get(server.port, `${prefix}events/a/`)).body).toBe('<p>event a</p>');
  });

  it('answers malformed percent-encoding with a 404 and keeps serving', async () => {
    for (const target of [`${prefix}%`, `${prefix}events/%E0%A4%A/`, `${prefix}%ZZ`, `${prefix}%00`]) {
      const response = await get(server.port, target);
      expect(response.status, target).toBe(404);
      expect(response.body, target).toBe('<p>not found page</p>');
    }
    expect(server.child.exitCode).toBeNull();
    expect((await get(server.port, prefix)).status).toBe(200);
  });

  it('answers only GET and HEAD; anything else is a 405 that says what is allowed', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await get(server.port, prefix, method);
      expect(response.status, method).toBe(405);
      expect(response.headers.allow, method).toBe('GET, HEAD');
      expect(response.body, method).not.toContain('home');
    }
    const head = await get(server.port, prefix, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('reads a path that starts with // as a path, and never redirects to another host', async () => {
    // `new URL('//other.example/events', base)` would read a host here; a static host reads a path.
    const response = await get(server.port, `/${prefix}events`);
    if (response.status === 301) expect(response.headers.location).toMatch(/^\/[^/\\]/);
    else expect(response.status).toBe(404);
    const other = await get(server.port, '//other.example/');
    expect(other.status).toBe(404);
  });

  it('refuses a request line that is not a path', async () => {
    expect((await get(server.port, 'http://other.example/')).status).toBe(400);
    expect((await get(server.port, '*', 'GET')).status).toBe(400);
    expect((await get(server.port, prefix)).status).toBe(200);
  });

  it('never leaves its folder: .., %2e%2e, backslashes, encoded slashes and very long paths are 4xx', async () => {
    const attacks = [
      `${prefix}../secret.txt`,
      `${prefix}../../secret.txt`,
      `${prefix}%2e%2e/secret.txt`,
      `${prefix}%2E%2E%2Fsecret.txt`,
      `${prefix}events/%2e%2e/%2e%2e/secret.txt`,
      `${prefix}..%2fsecret.txt`,
      `${prefix}..%5csecret.txt`,
      `${prefix}..\\secret.txt`,
      `${prefix}events\\..\\..\\secret.txt`,
      `${prefix}%252e%252e/secret.txt`,
      `${prefix}.%2e/secret.txt`,
      `${prefix}%c0%ae%c0%ae/secret.txt`,
      `${prefix}%00../secret.txt`,
      `${prefix}${'a/'.repeat(2000)}`,
      `${prefix}${'x'.repeat(8000)}`,
      `${prefix}${'../'.repeat(3000)}secret.txt`,
    ];
    for (const target of attacks) {
      const response = await get(server.port, target);
      const label = target.slice(0, 60);
      expect(response.status, label).toBeGreaterThanOrEqual(400);
      expect(response.status, label).toBeLessThan(500);
      expect(response.body, label).not.toContain(SECRET);
    }
    // A path longer than any header may be (Node refuses request heads over 16 kB) is a 431.
    const huge = await get(server.port, `${prefix}${'y'.repeat(20_000)}`);
    expect(huge.status).toBe(431);
    expect(server.child.exitCode).toBeNull();
    expect((await get(server.port, prefix)).status).toBe(200);
  });
});

describe('serve-static --headers', () => {
  const policy = contentSecurityPolicy({ scripts: ["'sha256-A='"], styles: [] });
  let server: Server;
  beforeAll(async () => {
    writeFileSync(join(dir, '_headers'), headersFile(policy));
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'assets', 'app-1234.js'), 'export {};');
    server = await start(['--base', '/news/sourceline/', '--headers']);
  });
  afterAll(() => {
    server.child.kill('SIGTERM');
  });

  it('sends the headers _headers gives each path, the 404 page’s too, as static hosts do', async () => {
    const home = await get(server.port, '/news/sourceline/');
    expect(home.status).toBe(200);
    expect(home.headers['content-security-policy']).toBe(policy);
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.headers['cache-control']).toBe('no-cache');
    const asset = await get(server.port, '/news/sourceline/assets/app-1234.js');
    expect(asset.headers['content-security-policy']).toBe(policy);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await get(server.port, '/news/sourceline/events/none/');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(policy);
  });

  it('does not serve _headers itself', async () => {
    const file = await get(server.port, '/news/sourceline/_headers');
    expect(file.status).toBe(404);
    expect(file.body).not.toContain('Content-Security-Policy');
  });
});
