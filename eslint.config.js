import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Not type-aware: with the type-checked presets one run took 3.5 times the CPU (about a minute on
// 2 cores) and 1.4 GB, and svelte-check already type-checks everything in `npm test`.
export default defineConfig(
  {
    ignores: ['dist/', 'coverage/', 'tests/e2e/artifacts/', 'seeds/', 'tests/fixtures/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.worker.ts'],
    languageOptions: { globals: globals.worker },
  },
  {
    // tests/e2e run in Node, but their page.evaluate callbacks run in the page
    files: ['scripts/**', 'build/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // `_name` marks a value left unused on purpose: a field dropped by rest destructuring, a callback's unused argument
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // U+3000 (the full-width space) is part of Chinese document layout in the texts this app writes
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      eqeqeq: ['error', 'smart'],
      // the page's Content-Security-Policy has no 'unsafe-eval'
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-throw-literal': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unreachable-loop': 'error',
      'array-callback-return': 'error',
      'svelte/block-lang': ['error', { script: 'ts' }],
      'svelte/button-has-type': 'error',
      'svelte/no-target-blank': 'error',
    },
  },
);
