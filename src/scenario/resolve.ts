/**
 * resolveScenario: follows a document's `extends` chain through a loader, merges the chain (the child
 * overrides its parent field by field; lists are replaced whole), drops `$schema` and `extends`, and
 * validates the result. Pure: the loader is passed in (Node reads files, the browser fetches or
 * looks up bundled presets), and it never throws: loader failures become errors on `extends`.
 */
import type { Scenario, ScenarioError } from './types.js';
import { makeError, validateScenario } from './validate.js';
import { renderValue } from './render.js';
import { hasOwn, isPlainObject } from './schema.js';

/**
 * Finds a scenario named by `extends`: `ref` as written (a relative path like "default.json" or a preset
 * name like "default"), `from` the id of the document that names it (undefined for the root document
 * when it has no id). Returns the parsed document and an id (e.g. an absolute path) for cycle checks
 * and for resolving the next relative reference. May throw; the error becomes a ScenarioError.
 */
export type ScenarioLoader = (ref: string, from: string | undefined) => { doc: unknown; id: string };

export interface ResolveResult {
  /** Present only when there are no errors. */
  scenario?: Scenario;
  errors: ScenarioError[];
}

/** Far deeper than any real chain; stops runaway chains built by a loader that invents ids. */
const MAX_CHAIN = 32;
/** Far deeper than the schema; below it, hostile deep nesting is replaced rather than walked. */
const MAX_MERGE_DEPTH = 16;
const DROPPED = new Set(['$schema', 'extends']);

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, not assignment: a "__proto__" key from JSON stays an own field and pollutes nothing.
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Deep merge: objects merge key by key, the child wins; lists and scalars replace. Returns new objects. */
export function mergeScenarios(parent: unknown, child: unknown, depth = 0): unknown {
  if (!isPlainObject(parent) || !isPlainObject(child) || depth > MAX_MERGE_DEPTH) return child;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(parent)) define(out, key, parent[key]);
  for (const key of Object.keys(child)) define(out, key, hasOwn(parent, key) ? mergeScenarios(parent[key], child[key], depth + 1) : child[key]);
  return out;
}

function withoutChainFields(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) if (!DROPPED.has(key)) define(out, key, doc[key]);
  return out;
}

function describeThrown(thrown: unknown): string {
  try {
    const text = thrown instanceof Error ? thrown.message : String(thrown);
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
  } catch {
    return 'an unreadable error';
  }
}

const inDoc = (id: string | undefined): string => (id === undefined ? '' : ` in ${id}`);

type Chain = { docs: Record<string, unknown>[] } | { error: ScenarioError };

function followChain(root: Record<string, unknown>, load: ScenarioLoader, rootId: string | undefined): Chain {
  const docs = [root];
  const ids: string[] = rootId === undefined ? [] : [rootId];
  let current = root;
  let from = rootId;
  while (hasOwn(current, 'extends')) {
    const ref = current.extends;
    if (typeof ref !== 'string' || ref.length === 0) {
      return { error: makeError('extends', `a path to a scenario file or a preset name${inDoc(from)}`, renderValue(ref)) };
    }
    if (docs.length > MAX_CHAIN) return { error: makeError('extends', `a chain of at most ${MAX_CHAIN} scenarios`, `a longer chain at ${renderValue(ref)}`) };
    let loaded: { doc: unknown; id: string };
    try {
      loaded = load(ref, from);
      if (!isPlainObject(loaded) || typeof loaded.id !== 'string') throw new Error('the loader returned no { doc, id }');
    } catch (thrown) {
      return { error: makeError('extends', `a scenario file or preset that can be loaded${inDoc(from)} (${describeThrown(thrown)})`, renderValue(ref)) };
    }
    if (ids.includes(loaded.id)) {
      const cycle = [...ids.slice(ids.indexOf(loaded.id)), loaded.id].join(' → ');
      return { error: makeError('extends', 'a chain of extends without a cycle', `${renderValue(ref)}${inDoc(from)}, a cycle: ${cycle}`) };
    }
    if (!isPlainObject(loaded.doc)) {
      return { error: makeError('extends', `a scenario object in ${loaded.id}`, renderValue(loaded.doc)) };
    }
    ids.push(loaded.id);
    docs.push(loaded.doc);
    current = loaded.doc;
    from = loaded.id;
  }
  return { docs };
}

/**
 * Resolves a scenario document: `id` names it for its own relative `extends` (e.g. its file path).
 * The merged document keeps name, description, notes and the merged `sources`.
 */
export function resolveScenario(doc: unknown, load: ScenarioLoader, id?: string): ResolveResult {
  try {
    if (!isPlainObject(doc)) return { errors: validateScenario(doc) };
    const chain = followChain(doc, load, id);
    if ('error' in chain) return { errors: [chain.error] };
    let merged: unknown = {};
    for (let i = chain.docs.length - 1; i >= 0; i--) merged = mergeScenarios(merged, withoutChainFields(chain.docs[i]));
    const errors = validateScenario(merged);
    return errors.length === 0 ? { scenario: merged as Scenario, errors } : { errors };
  } catch (thrown) {
    return { errors: [makeError('', 'a scenario document that can be read', `something unreadable (${describeThrown(thrown)})`)] };
  }
}
