import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first (README, "Project layout"). A folder may import the folders of the
 * layers below its own and the same-layer folders listed in `sideways`, nothing else, so dependencies
 * point one way and the engine never reaches up into what presents it.
 */
export const LAYERS = [
  ['scenario'],
  ['state'],
  ['policies', 'rules', 'metrics'],
  ['engine'],
  ['outputs', 'batch', 'calibrate', 'authorities', 'workers'],
  ['node', 'cli', 'ui'],
];
export const SIDEWAYS = { rules: ['policies'], batch: ['outputs'], calibrate: ['batch'], authorities: ['calibrate', 'batch'], cli: ['node'] };

/** Folders that run unchanged in a Web Worker and in Node: no DOM, no Node APIs. */
export const PURE = ['scenario', 'state', 'policies', 'rules', 'metrics', 'engine', 'outputs', 'batch', 'calibrate', 'authorities'];

export function mayImport(folder) {
  const level = LAYERS.findIndex((layer) => layer.includes(folder));
  return [...LAYERS.slice(0, level).flat(), ...(SIDEWAYS[folder] ?? [])];
}

const NODE_MODULES = ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'];
const DIRECTION = LAYERS.map((layer) => layer.join('/')).join(' ← ');

/** One config per folder: its forbidden folders (any relative path that lands in them) and, if pure, Node. */
function layerConfig(folder) {
  const allowed = mayImport(folder);
  const forbidden = LAYERS.flat().filter((f) => f !== folder && !allowed.includes(f));
  const patterns = forbidden.map((f) => ({
    regex: `^(\\.\\./)+${f}/`,
    message: `src/${folder} may not import src/${f}: imports point down the layers ${DIRECTION} (README, Project layout).`,
  }));
  if (PURE.includes(folder)) patterns.push({ group: NODE_MODULES, message: 'The core is pure: no Node imports.' });
  return { files: [`src/${folder}/**`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

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
  ...LAYERS.flat().map(layerConfig),
  {
    // The engine core must run unchanged in a Web Worker and in Node.
    files: PURE.map((f) => `src/${f}/**`),
    rules: { 'no-restricted-globals': ['error', 'document', 'window', 'self', 'process', 'Date'] },
  },
  {
    files: ['bin/**', 'test/**', 'bench/**', 'scripts/**', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', structuredClone: 'readonly', URL: 'readonly' } },
  },
  {
    // bin/handover.js is CommonJS (bin/package.json), so a cold start needs no ES-module loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly', __filename: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
