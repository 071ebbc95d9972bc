import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['out/', 'dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer runs sandboxed, also in a plain browser: it reaches the shell only
      // through window.briefing (typed by the IPC contract), never Node or Electron.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Use the preload API (window.briefing).' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer cannot use Node.js modules.' },
            {
              group: ['**/electron/main/**', '**/electron/preload/**'],
              message: 'Only the IPC contract is shared with the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Unit tests of renderer modules run in Node and may read the locale files.
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Pure decision modules of the main process must stay testable without Electron.
    files: ['electron/ipc/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'node:*'], message: 'The IPC contract is pure.' }] },
      ],
    },
  },
);
