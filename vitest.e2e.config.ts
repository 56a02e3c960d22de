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
    // How long `expect.poll` waits for the page to get there (vitest's default is 1 s): a
    // busy 2-core machine can take longer to report a page's mentions. A wait, not a timing
    // assertion.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
