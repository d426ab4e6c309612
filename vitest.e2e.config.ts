import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Debian's) driving dist/index.html over file://.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
