// Lint: TypeScript rules plus the layering of DESIGN.md, enforced as import restrictions.
//   renderer → shared, electron → shared; shared imports nothing of ours outside shared/ and
//   nothing that needs Node or the DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = [
  'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'stream', 'url',
  'worker_threads', 'events', 'util', 'zlib', 'module', 'process', 'buffer', 'readline',
];
const nodePatterns = ['node:*', ...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `${m}/*`)];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', '**/renderer/**', 'electron', 'electron-store', 'react', 'react-dom', 'lexical', '@lexical/*'], message: 'shared/ is the bottom layer: it imports nothing from electron/ or renderer/ and no UI or Electron packages.' },
          { group: nodePatterns, message: 'shared/ must run in a Web Worker too: no Node APIs.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', 'electron', 'electron-store', 'conf'], message: 'The renderer reaches the main process only through the contract in shared/contract.' },
          { group: nodePatterns, message: 'The renderer runs in a sandboxed browser page: no Node APIs.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer; share code through shared/.' }],
      }],
    },
  },
);
