import { resolve } from 'node:path';
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
  // The Firefox sources archive is for AMO review: the code and data that build the add-on.
  zip: { excludeSources: ['artifacts/**', 'docs/**', 'coverage/**', '.output-*/**'] },
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  hooks: {
    // The always-on probe (entrypoints/content) gets the browser's own `browser`/`chrome`
    // object instead of webextension-polyfill: it only calls promise-returning MV3 APIs
    // (storage.sync.get, storage.onChanged, runtime.getURL), and the polyfill was 9.8 kB of
    // its 25.0 kB, parsed on every page. The page UI, background and pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]?.name !== 'content') return;
      // UTF-8 output: the gate's Arabic and accented words cost 2 bytes a letter, not 6.
      config.esbuild = { ...(config.esbuild || {}), charset: 'utf8' };
      const alias = config.resolve?.alias;
      const native = {
        find: /^wxt\/browser$/,
        replacement: resolve(import.meta.dirname, 'entrypoints/content/native-browser.ts'),
      };
      config.resolve = {
        ...config.resolve,
        // First match wins: ahead of the polyfill module's alias.
        alias: Array.isArray(alias)
          ? [native, ...alias]
          : [
              native,
              ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement })),
            ],
      };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Fact Context',
    description:
      'Highlights mentions of Iranian drones for Russia and the Russia–Iran alliance in Syria, with sourced, dated context passages. Runs entirely offline.',
    // Minimal by design (README, "Permissions"): no `tabs`, no host permissions beyond the
    // content script's matches, no `scripting` (the page UI is imported, not injected).
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The toolbar button carries the per-tab mention count (badge).
    action: { default_title: 'Fact Context' },
    commands: {
      // Opens the popover for the mention nearest the caret (keyboard access to the popover).
      'open-popover': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Show fact context for the highlighted mention nearest the caret',
      },
    },
    // The page UI (highlights, popover) is imported lazily by the always-on content script
    // when a frame has a mention. A dynamic import needs the file to be web-accessible; this
    // is the no-extra-permission alternative to `scripting.executeScript`, which would need
    // host permissions for every site. `use_dynamic_url` (Chrome) hides the stable URL from
    // pages, so they cannot use it to detect the extension.
    web_accessible_resources: [
      {
        resources: ['content-scripts/page-ui.js'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'fact-context@fact-context.invalid',
              // data_collection_permissions needs Firefox 140 (web-ext lint).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
