import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureFolders = ['src/engine/**', 'src/state/**', 'src/rules/**', 'src/policies/**', 'src/metrics/**', 'src/scenario/**', 'src/outputs/**', 'src/batch/**', 'src/calibrate/**', 'src/authorities/**'];

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'docs/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use a named seedrandom stream (src/state/rng.ts).' }],
    },
  },
  {
    // The engine core must run unchanged in a Web Worker and in Node.
    files: pureFolders,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], message: 'The core is pure: no Node imports.' }] }],
      'no-restricted-globals': ['error', 'document', 'window', 'self', 'process', 'Date'],
    },
  },
  {
    files: ['bin/**', 'test/**', 'bench/**', 'scripts/**', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', structuredClone: 'readonly', URL: 'readonly' } },
  },
);
