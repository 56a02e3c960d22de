// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.output-*/', '.wxt/', 'artifacts/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Page and corpus text must never become markup (see README, "Security").
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Use textContent or Preact; never parse page/corpus text as HTML.',
        },
        { property: 'outerHTML', message: 'Never parse page/corpus text as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never parse page/corpus text as HTML.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The extension itself makes no network requests; only Node scripts may serve/fetch on loopback.
    files: ['entrypoints/**', 'components/**', 'engine/**', 'lib/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The extension sends nothing anywhere.' },
        { name: 'XMLHttpRequest', message: 'The extension sends nothing anywhere.' },
        { name: 'WebSocket', message: 'The extension sends nothing anywhere.' },
      ],
    },
  },
  {
    // The floors (docs/architecture.md): the engine is pure, lib/ sits under the views and
    // entrypoints, views never reach into the background.
    files: ['engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/**', '**/components/**', '**/entrypoints/**', '**/scripts/**'],
              message: 'engine/ is pure: it imports only engine/ and data.',
            },
            {
              group: ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*', '*webextension-polyfill'],
              message: 'engine/ is browser-free.',
            },
          ],
        },
      ],
    },
  },
  {
    // The always-on detection path never loads the stance rules: they are computed on demand
    // by the page UI, the background, the corpus build and the CLI (engine/stance/index.ts).
    files: [
      'engine/detect-core.ts',
      'engine/detect-block.ts',
      'engine/lexicon/**',
      'engine/rules/**',
      'engine/text/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/**', '**/components/**', '**/entrypoints/**', '**/scripts/**'],
              message: 'engine/ is pure: it imports only engine/ and data.',
            },
            {
              group: ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*', '*webextension-polyfill'],
              message: 'engine/ is browser-free.',
            },
            {
              group: ['**/stance', '**/stance/**', './stance/*'],
              message: 'Detection stays small: the stance rules are computed on demand, not here.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/probe-detector*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/stance', '**/engine/stance/**'],
              message: 'Detector stages stay small: the stance rules are computed on demand.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '**/entrypoints/**', '**/scripts/**'],
              message: 'lib/ sits under the views and entrypoints.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/background/**', '**/entrypoints/**', '**/scripts/**'],
              message: 'Views talk to the background through messages only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The probe runs on every page: it may import only what keeps it small (its size is budgeted
    // in bench:browser). Anything else belongs in a detector stage or the page UI.
    files: ['entrypoints/probe/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(?!\\./|wxt/browser$|wxt/utils/define-unlisted-script$|\\.\\./\\.\\./engine/(lexicon/stage-langs|rules/roles|page-tags)$|\\.\\./\\.\\./lib/(dom/slices|dom/text-blocks|dom/node-access|settings|manifest-names)$)',
              allowTypeImports: true,
              message:
                'The probe imports only its own files, the stage chooser, the role bits, the DOM walk helpers, the settings validator and the manifest names.',
            },
          ],
        },
      ],
    },
  },
);
