import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The authoring studio: a second entry of the same project, built apart from the site (never into
// dist/, never deployed) and served with its local API by `npm run studio`.
export default defineConfig({
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: '.cache/studio',
    emptyOutDir: true,
    rollupOptions: { input: 'studio.html' },
  },
});
