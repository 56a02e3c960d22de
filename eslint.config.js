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
);
