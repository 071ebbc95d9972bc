import { defineConfig } from 'vitest/config';

// Unit tests run in Node: pure modules only (no DOM, no Electron). The renderer's DOM
// behaviour is tested end to end in Chromium by Playwright (e2e/).
export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tools/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    environment: 'node',
  },
});
