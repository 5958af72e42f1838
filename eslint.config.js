// Lint: TypeScript and Svelte, with the standing rules enforced (no {@html}, no unsafe targets).
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/schema/', '.scratch/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  {
    files: ['**/*.svelte'],
    rules: {
      // Text from a data file is never HTML.
      'svelte/no-at-html-tags': 'error',
      'svelte/no-target-blank': 'error',
    },
  },
  {
    files: ['src/**'],
    rules: {
      // Nothing the app posts may go to whatever page happens to be there (README, "Embedding in an iframe").
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="postMessage"][arguments.1.value="*"]', message: "Post to an exact origin, never to '*'." },
        { selector: 'Property[key.name="targetOrigin"][value.value="*"]', message: "Post to an exact origin, never to '*'." },
      ],
    },
  },
  {
    files: ['src/lib/model/**', 'src/lib/scale/**', 'src/lib/layout/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      // Pure layers: no DOM, no Svelte, so tests run them in Node.
      'no-restricted-imports': ['error', { patterns: ['svelte', 'svelte/*', 'd3-selection', 'd3-zoom', 'd3-transition'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
);
