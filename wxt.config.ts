import { transformWithEsbuild, type Plugin } from 'vite';
import { defineConfig } from 'wxt';
import {
  DETECTOR_STAGE_ENTRYPOINTS,
  HIGHLIGHTS_CSS_FILE,
  OPEN_POPOVER_COMMAND,
  PAGE_UI_ENTRYPOINT,
  PROBE_ENTRYPOINT,
  WORLD_AT_START_FILE,
  scriptOf,
} from './lib/manifest-names';

/**
 * Minifies an ES-module entry completely: Vite keeps an ES library's whitespace (for
 * re-bundling), and the probe's detector is shipped as is (22.9 kB -> the size the benchmark
 * prints).
 */
const minifyEsModule: Plugin = {
  name: 'fact-context:minify-es-module',
  // After Vite's own pass, which would print the whitespace back.
  renderChunk: {
    order: 'post',
    async handler(code, chunk) {
      const out = await transformWithEsbuild(code, chunk.fileName, {
        minify: true,
        format: 'esm',
        charset: 'utf8',
      });
      return { code: out.code, map: null };
    },
  },
};

/**
 * An empty script, declared at document_start so that this extension's content-script world
 * exists before the page has any element. Chromium (156) sets up `browser` and `chrome` when
 * that world is created; made later, at document_idle, named elements already in the page
 * take their place: a `<form id="browser">` or `<form id="chrome">` hides the extension API
 * from the probe, and a cross-origin `<iframe name="browser">` crashes the page's renderer.
 */
const WORLD_AT_START = WORLD_AT_START_FILE;

/** The probe's detector stages, imported once its vocabulary gate passed some text. */
const DETECTOR_STAGES: readonly string[] = DETECTOR_STAGE_ENTRYPOINTS;

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
    'vite:build:extendConfig': (entrypoints, config) => {
      const name = entrypoints.length === 1 ? entrypoints[0]?.name : undefined;
      if (name === PROBE_ENTRYPOINT || (name && DETECTOR_STAGES.includes(name))) {
        // UTF-8 output for the probe: the gate's Arabic and accented words cost 2 bytes a
        // letter, not 6.
        config.esbuild = { ...(config.esbuild || {}), charset: 'utf8' };
      }
      if (
        name &&
        (DETECTOR_STAGES.includes(name) || name === PAGE_UI_ENTRYPOINT) &&
        config.build?.lib
      ) {
        // An ES module, so the probe's `import()` returns the stage or the page UI's start
        // function. WXT's IIFE footer
        // (a bare global name, for `executeScript` results) would throw in a module.
        config.build.lib.formats = ['es'];
        config.plugins = [
          ...(config.plugins ?? []).filter(
            (p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'),
          ),
          minifyEsModule,
        ];
      }
    },
    // The always-on probe is an unlisted script (entrypoints/probe/index.ts explains why), so
    // its manifest entry is written here, with the default highlight colours.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        // Empty: makes the content-script world before the page's elements exist.
        {
          matches: ['<all_urls>'],
          all_frames: true,
          run_at: 'document_start',
          js: [WORLD_AT_START],
        },
        {
          matches: ['<all_urls>'],
          all_frames: true,
          run_at: 'document_idle',
          js: [scriptOf(PROBE_ENTRYPOINT)],
          css: [HIGHLIGHTS_CSS_FILE],
        },
      ];
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
      [OPEN_POPOVER_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Show fact context for the highlighted mention nearest the caret',
      },
    },
    // The probe's detector (once the vocabulary gate passed some text) and the page UI
    // (highlights, popover; once there is a mention) are imported lazily by the always-on
    // content script. A dynamic import needs the file to be web-accessible; this
    // is the no-extra-permission alternative to `scripting.executeScript`, which would need
    // host permissions for every site. `use_dynamic_url` (Chrome) hides the stable URL from
    // pages, so they cannot fetch the files at a known address (Firefox's is per install).
    web_accessible_resources: [
      {
        resources: [PAGE_UI_ENTRYPOINT, ...DETECTOR_STAGES].map(scriptOf),
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
