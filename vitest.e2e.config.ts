import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (and Firefox ESR).
// One browser at a time: the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
