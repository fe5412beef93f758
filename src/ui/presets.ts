/**
 * The preset scenarios of scenarios/*.json, bundled into the page by Vite, and an in-memory loader so
 * resolveScenario follows `extends` in the browser exactly as the CLI does from files.
 */
import { resolveScenario, type ScenarioLoader } from '../scenario/index.js';
import type { Scenario, ScenarioError } from '../scenario/types.js';

const files = import.meta.glob('../../scenarios/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** File stem ("agency-pay-cap") → the document as written. */
export const PRESET_DOCS: ReadonlyMap<string, Record<string, unknown>> = new Map(
  Object.entries(files)
    .map(([path, doc]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), doc as Record<string, unknown>] as const)
    .sort(([a], [b]) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b))),
);

export const DEFAULT_PRESET = 'default';

/** "default", "default.json", "../scenarios/default.json" all name the bundled default. */
export function presetKey(ref: string): string {
  return ref.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
}

export const presetLoader: ScenarioLoader = (ref) => {
  const key = presetKey(ref);
  const doc = PRESET_DOCS.get(key);
  if (!doc) throw new Error(`no bundled preset named ${JSON.stringify(key.slice(0, 60))}; presets: ${[...PRESET_DOCS.keys()].join(', ')}`);
  return { doc, id: key };
};

export function resolveDocument(doc: unknown): { scenario?: Scenario; errors: ScenarioError[] } {
  return resolveScenario(doc, presetLoader);
}

const resolved = new Map<string, Scenario>();

/** The resolved preset (cached; treat as immutable). */
export function resolvedPreset(key: string): Scenario {
  let scenario = resolved.get(key);
  if (!scenario) {
    const result = resolveScenario(PRESET_DOCS.get(key) ?? {}, presetLoader, key);
    if (!result.scenario) throw new Error(`preset ${key} does not resolve: ${result.errors.map((e) => e.message).join('; ')}`);
    scenario = result.scenario;
    resolved.set(key, scenario);
  }
  return scenario;
}

/** The resolved preset as a plain document, the form the editor changes (a shallow copy; never mutate). */
export function presetDocument(key: string): Record<string, unknown> {
  return { ...resolvedPreset(key) };
}

export function presetName(key: string): string {
  const doc = PRESET_DOCS.get(key);
  return typeof doc?.name === 'string' ? doc.name : key;
}
