import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** embed.js goes into news pages, beside their own scripts: it must stay small. */
const GZIP_BUDGET_BYTES = 2600;

function sizeBudget(): Plugin {
  return {
    name: 'embed-size-budget',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const raw = Buffer.byteLength(file.code);
        const gzip = gzipSync(file.code, { level: 9 }).length;
        console.log(`embed.js: ${raw} bytes, ${gzip} bytes gzipped (budget ${GZIP_BUDGET_BYTES})`);
        if (gzip > GZIP_BUDGET_BYTES) this.error(`embed.js is ${gzip} bytes gzipped, over its budget of ${GZIP_BUDGET_BYTES}`);
      }
    },
  };
}

/**
 * The host page script, `dist/embed.js`: a second, separate build (run after the app's, which
 * empties dist/), one classic script with no imports, since news pages load it with a plain
 * `<script async>` from another origin.
 */
export default defineConfig({
  publicDir: false,
  plugins: [sizeBudget()],
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
    minify: true,
    lib: { entry: 'src/embed-host/embed.ts', formats: ['iife'], name: 'sourcelineEmbedScript', fileName: () => 'embed.js' },
  },
});
