/**
 * `npm run studio [-- --port 5174] [--seeds seeds] [--public public] [--dist DIR]`
 * The authoring studio: its page (the `studio.html` entry of this Vite project, served by Vite in
 * development, or a build of it with --dist) and its local API, on 127.0.0.1 only. Not part of the
 * site: nothing here is built into dist/ or deployed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createStudioApi } from './api.ts';
import type { StudioPaths } from './stories.ts';

const root = resolve(new URL('../..', import.meta.url).pathname);

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback);
}

const port = Number(option('port', process.env.STUDIO_PORT ?? '5174'));
const paths: StudioPaths = {
  root,
  seeds: resolve(root, option('seeds', 'seeds')),
  public: resolve(root, option('public', 'public')),
  recovery: resolve(root, option('recovery', '.cache/studio/recovery')),
  log: resolve(root, option('log', '.cache/studio/authoring-log.jsonl')),
};
const dist = process.argv.includes('--dist') ? resolve(root, option('dist', '.cache/studio')) : null;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** Serves a built studio: `/` is studio.html, anything else a file of the build. */
function serveBuild(folder: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(folder, path === '/' ? 'studio.html' : path));
    if (!file.startsWith(folder) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(readFileSync(file));
  };
}

async function main(): Promise<void> {
  const api = createStudioApi({ paths, port });
  const server = createServer();
  let page: (req: IncomingMessage, res: ServerResponse) => void;
  if (dist) {
    if (!existsSync(join(dist, 'studio.html'))) throw new Error(`no studio build in ${dist}: run npm run build:studio`);
    page = serveBuild(dist);
  } else {
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({
      configFile: join(root, 'vite.studio.config.ts'),
      server: { middlewareMode: true, hmr: { server } },
      appType: 'custom',
    });
    page = (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path !== '/' && path !== '/studio.html') {
        vite.middlewares(req, res);
        return;
      }
      void vite.transformIndexHtml(req.url ?? '/', readFileSync(join(root, 'studio.html'), 'utf8')).then((html) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
      });
    };
  }
  server.on('request', (req, res) => {
    void api(req, res).then((handled) => {
      if (!handled) page(req, res);
    });
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`Sourceline studio: http://127.0.0.1:${port}/  (stories in ${paths.seeds.replace(`${root}/`, '')}; Ctrl+C stops it)`);
  });
}

main().catch((error: unknown) => {
  console.error(`studio: ${(error as Error).message}`);
  process.exit(1);
});
