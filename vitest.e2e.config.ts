import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Debian's) driving dist/index.html over file://.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time: each test opens its own browser profile (and LibreOffice its own user
    // installation), so files are independent; on two cores this cuts the run by about a quarter.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
