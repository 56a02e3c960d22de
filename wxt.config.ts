import { defineConfig } from 'wxt';

/**
 * Build configuration for Chrome (MV3) and Firefox (MV3).
 *
 * FACT_CONTEXT_OUT_DIR lets parallel builds (e2e runs, benchmarks, demo) use
 * separate output folders instead of racing on `.output/`.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: process.env.FACT_CONTEXT_OUT_DIR ?? '.output',
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: ({ browser }) => ({
    name: 'Fact Context',
    description:
      'Highlights mentions of Iranian drones for Russia and the Russia–Iran alliance in Syria, with sourced, dated context passages. Runs entirely offline.',
    permissions: [
      'storage',
      'contextMenus',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'fact-context@fact-context.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
