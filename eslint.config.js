import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'release/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js'] }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      // The layers stay honest (docs/architecture.md): shared/ runs everywhere,
      // the renderer reaches the desktop only through the IPC contract.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: './electron',
              message: 'shared/ must not import the main process.',
            },
            {
              target: './shared',
              from: './renderer',
              message: 'shared/ must not import the renderer.',
            },
            {
              target: './renderer',
              from: './electron',
              message: 'The renderer talks to electron/ only over IPC.',
            },
            {
              target: './electron',
              from: './renderer',
              // The Electron end-to-end tests drive the page with the renderer's page objects.
              except: ['./e2e'],
              message: 'electron/ must not import the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'shared/ runs in the browser too: no Node modules.' },
            { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
            {
              group: ['react', 'react-dom', 'react/*', 'dexie'],
              message: 'shared/ is plain logic: no UI or storage.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*'],
              message: 'The renderer runs in a sandboxed page: no Node modules.',
            },
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches the desktop through platform/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/platform/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'api', message: 'Use renderer/src/platform.' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Use renderer/src/platform.' },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.{ts,mjs,js}',
      '*.config.{ts,js}',
      'renderer/e2e/**/*.ts',
      'electron/e2e/**/*.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // electron/main/index.ts hands Electron's objects to modules that take
    // them as arguments, so every module runs in vitest against a stand-in.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowTypeImports: true,
              message:
                'Only electron/main/index.ts imports Electron; take its objects as arguments.',
            },
            {
              name: 'electron-log/main',
              message:
                'electron-log/main opens an unchecked IPC channel; use ./appLog (electron-log/node).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
