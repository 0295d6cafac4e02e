import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Modules the first view shares with chunks loaded later (React, the runtime, the interface's
 * words' machinery). Left to itself the bundler gives each set of them a chunk of its own, five
 * small files whose imports and exports cost more than 1 kB gzip of the first view's budget; in one
 * chunk they cost nothing extra. (`e2e/budgets.spec.ts` fails when the first view outgrows its budget.)
 */
const SHARED_WITH_LATER =
  /node_modules[\\/](react|react-dom|scheduler)[\\/]|rolldown|[\\/]src[\\/]shared[\\/](ui[\\/](storyLanguage|withNodes)|i18n[\\/](catalogues|laterCatalogues|formats)|text[\\/](language|bidi)|format[\\/]figures)\.tsx?$/;

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
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shared', test: SHARED_WITH_LATER }] } } },
  },
  server: { port: 5173 },
});
