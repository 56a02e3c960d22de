import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: engine (pure Node) and extension modules with WXT's fakeBrowser.
export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Some cases read megabytes or start the CLI; on a shared 2-core machine they can pass 5 s.
    // A hang still fails, only later. No test asserts a duration.
    testTimeout: 30_000,
  },
});
