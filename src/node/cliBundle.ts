/**
 * The CLI as one script with V8's code cache beside it, so a cold `handover` neither resolves and reads
 * a hundred module files nor parses and compiles them: Node 20 has no code cache for ES modules
 * (module.enableCompileCache arrived in 22.1), but a classic script compiled through node:vm accepts
 * one. `npm ci` (the prepare script) and `npm run build:cli` write the bundle from build/ with esbuild
 * and then the cache, taken after one short run so it holds every function a run compiles
 * (scripts/cliBundle.ts). They also bundle this loader and the version text as a second, small
 * CommonJS script (src/cli/start.ts), which bin/handover.js — itself CommonJS — requires first, so a
 * cold command never starts Node's ES-module loader. Each script is used only while it is newer than
 * every file it was made from; otherwise bin/handover.js imports the ES modules in build/, so a later
 * `tsc` is never shadowed by a stale bundle.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export type Main = (argv: string[]) => Promise<number>;

/** Where the bundle, its code cache and its list of inputs live, from the project's root. */
export const BUNDLE_FILES = {
  script: 'build/bundle/cli.cjs',
  cache: 'build/bundle/cli.cache',
  manifest: 'build/bundle/cli.json',
  start: 'build/bundle/start.cjs',
  startManifest: 'build/bundle/start.json',
} as const;

export interface BundleManifest {
  /** Every file the bundle was made from, relative to the project's root. */
  inputs: string[];
}

export interface LoadedBundle {
  main: Main;
  script: Script;
  /** Whether V8 took the code cache: it refuses one made by another V8 version or other V8 flags. */
  cache: 'accepted' | 'rejected' | 'absent';
}

const PROJECT_ROOT = new URL('../../', import.meta.url);

type CommonJsBody = (exports: object, require: NodeJS.Require, module: { exports: { main?: Main } }, filename: string, dirname: string) => void;

/** The bundle as Node would wrap a CommonJS file; the cache is only valid for exactly this text. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/**
 * Whether `script` (a path from the project's root) is newer than every input its manifest lists:
 * false when either is missing or an input has changed or gone since.
 */
export function bundleIsFresh(root: URL, script: string, manifest: string): boolean {
  // Plain string paths: a URL per input would cost more than the stat it names.
  const base = fileURLToPath(root);
  let built: number;
  let inputs: string[];
  try {
    built = statSync(base + script).mtimeMs;
    inputs = (JSON.parse(readFileSync(base + manifest, 'utf8')) as BundleManifest).inputs;
  } catch {
    return false;
  }
  for (const input of inputs) {
    const changed = statSync(base + input, { throwIfNoEntry: false })?.mtimeMs;
    if (changed === undefined || changed > built) return false;
  }
  return true;
}

/**
 * The bundled CLI, compiled with its code cache when it has one; undefined when there is no bundle or
 * it is older than one of its inputs (then the caller imports build/cli/main.js instead).
 */
export function loadCliBundle(root: URL = PROJECT_ROOT, useCache = true): LoadedBundle | undefined {
  const path = (relative: string) => fileURLToPath(new URL(relative, root));
  const file = path(BUNDLE_FILES.script);
  if (!bundleIsFresh(root, BUNDLE_FILES.script, BUNDLE_FILES.manifest)) return undefined;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let cachedData: Buffer | undefined;
  if (useCache) {
    try {
      cachedData = readFileSync(path(BUNDLE_FILES.cache));
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(wrap(source), { filename: file, cachedData });
  const module: { exports: { main?: Main } } = { exports: {} };
  (script.runInThisContext() as CommonJsBody)(module.exports, createRequire(file), module, file, dirname(file));
  if (typeof module.exports.main !== 'function') return undefined;
  const cache = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return { main: module.exports.main, script, cache };
}

/**
 * Runs `argv` through the freshly made bundle and writes V8's code cache afterwards, so the cache holds
 * the bytecode of every function that command compiled, not only the ones compiled eagerly.
 */
export async function writeCodeCache(argv: string[], root: URL = PROJECT_ROOT): Promise<number> {
  const bundle = loadCliBundle(root, false);
  if (bundle === undefined) throw new Error(`${BUNDLE_FILES.script}: missing or older than its inputs; bundle the CLI first`);
  const status = await bundle.main(argv);
  // Imported here, not above: bin/handover.js loads this module for every command, and only the build writes.
  const { writeFileAtomic } = await import('./writeFileAtomic.js');
  await writeFileAtomic(fileURLToPath(new URL(BUNDLE_FILES.cache, root)), bundle.script.createCachedData());
  return status;
}
