/**
 * Scenario files for the scenario tests: a Node loader for `extends` (relative paths from the naming
 * file, bare names as presets in scenarios/), and the list of shipped scenario files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveScenario, type ResolveResult, type ScenarioLoader } from '../../src/scenario/resolve.js';

export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export const fileLoader: ScenarioLoader = (ref, from) => {
  const isPath = ref.endsWith('.json') || ref.includes('/');
  const file = isPath ? resolve(from === undefined ? SCENARIOS_DIR : dirname(from), ref) : join(SCENARIOS_DIR, `${ref}.json`);
  return { doc: JSON.parse(readFileSync(file, 'utf8')) as unknown, id: file };
};

export function readScenario(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCENARIOS_DIR, name), 'utf8')) as Record<string, unknown>;
}

export function resolveFile(name: string): ResolveResult {
  return resolveScenario(readScenario(name), fileLoader, join(SCENARIOS_DIR, name));
}

export const SCENARIO_FILES = readdirSync(SCENARIOS_DIR).filter((f) => f.endsWith('.json')).sort();
export const PRESET_FILES = SCENARIO_FILES.filter((f) => f !== 'default.json');

/** The value at a dotted path, or undefined. */
export function valueAt(doc: unknown, path: string): unknown {
  let node = doc;
  for (const key of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** A fresh copy of default.json, for tests that break it. */
export function defaultDoc(): Record<string, unknown> {
  return readScenario('default.json');
}

/** Sets (or with `undefined`, deletes) the value at a path in place, creating nothing: the path must exist up to its last key. */
export function setAt(doc: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}
