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
            // Test support (renderer/**/testing/) is for the tests, never part of the app.
            { group: ['**/testing/*'], message: 'Test support is imported by tests only.' },
          ],
        },
      ],
    },
  },
  {
    // Unit tests of renderer modules and their support run in Node and may read the locale files.
    files: ['renderer/**/*.test.{ts,tsx}', 'renderer/**/testing/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // core/ is what main, preload and renderer share (ids, languages, modes, the IPC
    // contract): plain TypeScript that any of the three can load, so it imports nothing from
    // them, nor React, Electron or Node. tsconfig.core.json keeps the DOM's globals out.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'i18next', 'react-i18next', 'recharts'].map(
            (name) => ({ name, message: 'core/ is shared by main, preload and renderer.' }),
          ),
          patterns: [
            { group: ['node:*'], message: 'core/ runs in the renderer too: no Node.js.' },
            { group: ['../*'], message: 'core/ imports only from core/.' },
          ],
        },
      ],
    },
  },
  {
    // The shell knows the renderer only through core/ (ids, languages, the IPC contract) and
    // the URL it loads: a renderer module in main would drag React or the DOM into it.
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**'],
              message: 'electron/ imports from core/, never from renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pure decision modules of the main process must stay testable without Electron.
    files: ['electron/ipc/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'node:*'], message: "Main's IPC checks are pure." },
            {
              group: ['**/renderer/**'],
              message: 'electron/ imports from core/, never from renderer/.',
            },
          ],
        },
      ],
    },
  },
);
