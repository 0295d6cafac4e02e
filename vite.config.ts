import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A relative base lets the same build run from any sub-path of a plain static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules itself.
    modulePreload: { polyfill: false },
    // Read by the prerender (which chunk holds each language's words), then kept out of the site.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first view loads statically in one chunk. Left to itself the bundler gives
          // each set of modules the first view shares with later chunks (React, the runtime, the
          // interface's words' machinery) a chunk of its own: five or six small files whose imports
          // and exports cost about 1 kB gzip of the first view's budget. (`e2e/budgets.spec.ts`
          // fails when the first view outgrows it.)
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
  server: { port: 5173 },
});
