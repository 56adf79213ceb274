import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium with the built extension; one file at a time, long timeouts. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
