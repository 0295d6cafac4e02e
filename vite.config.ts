import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A relative base lets the same build run from any sub-path of a plain static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  server: { port: 5173 },
});
