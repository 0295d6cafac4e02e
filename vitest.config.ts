import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Every catalogue of the interface's words, as the prerender has them (a browser loads its page's one).
    setupFiles: ['src/shared/i18n/all.ts'],
    restoreMocks: true,
  },
});
