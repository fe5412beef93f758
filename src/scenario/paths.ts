/**
 * Parameter paths: the dotted names ("agency.payCap.enabled") that interventions, sweeps, sources, the
 * CLI and the UI use for a parameter. The list comes from the schema, so a parameter added there is
 * addressable everywhere without further code.
 */
import { hasOwn, isPlainObject, scenarioSchema, type JsonSchema } from './schema.js';

export type PathSegment = string | number;

/** A parameter a user can set: a leaf of the schema (a number, switch, keyword or list of duration bins). */
export interface ParameterPath {
  path: string;
  schema: JsonSchema;
}

/** Top-level fields that describe the document rather than the authority. */
const DOCUMENT_FIELDS = new Set(['$schema', 'extends', 'name', 'description', 'notes', 'sources', 'interventions']);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_KEY_SHOWN = 60;

/** `['pathway','durations','childInNeed',2,'share']` → `pathway.durations.childInNeed[2].share`, after `prefix` if given. */
export function formatPath(segments: readonly PathSegment[], prefix = ''): string {
  let out = prefix;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment.length > MAX_KEY_SHOWN ? `${segment.slice(0, MAX_KEY_SHOWN)}…` : segment)}]`;
  }
  return out;
}

function walk(node: JsonSchema, prefix: string, leaves: ParameterPath[], groups: string[]): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (prefix === '' && DOCUMENT_FIELDS.has(key)) continue;
    if (child.type === 'object' && child.properties) {
      groups.push(path);
      walk(child, path, leaves, groups);
    } else leaves.push({ path, schema: child });
  }
}

/** Every parameter leaf of a scenario schema with its schema node, in schema order. */
export function listParameterPaths(schema: JsonSchema = scenarioSchema): ParameterPath[] {
  const leaves: ParameterPath[] = [];
  walk(schema, '', leaves, []);
  return leaves;
}

const LEAVES = new Map(listParameterPaths().map((p) => [p.path, p.schema]));
const GROUPS = (() => {
  const groups: string[] = [];
  walk(scenarioSchema, '', [], groups);
  return new Set(groups);
})();

export function isParameterLeaf(path: string): boolean {
  return LEAVES.has(path);
}

/** A leaf or a group of leaves (e.g. `agency.payCap`): what a `sources` entry may cite. */
export function isParameterPath(path: string): boolean {
  return LEAVES.has(path) || GROUPS.has(path);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The parameter a mistyped path most likely meant: same last name, or a few typing slips away. */
export function closestParameterPath(path: string): string | undefined {
  if (path.length > 100) return undefined;
  const last = path.slice(path.lastIndexOf('.') + 1);
  const sameName = [...LEAVES.keys()].filter((p) => p.endsWith(`.${last}`));
  if (sameName.length === 1) return sameName[0];
  let best: string | undefined;
  let bestDistance = 4;
  for (const p of LEAVES.keys()) {
    const d = editDistance(path, p);
    if (d < bestDistance) [best, bestDistance] = [p, d];
  }
  return best;
}

/**
 * A copy of `scenario` with the parameter at a dotted path set to `value`. Only the objects on the path
 * are copied; everything else is shared, so treat the result as immutable. Missing groups on the path
 * are created (a partial document); an unknown path or a non-object group on the way is an error.
 */
export function applyParameterPath<T>(scenario: T, path: string, value: unknown): T {
  if (!LEAVES.has(path) && !GROUPS.has(path)) throw new Error(`unknown parameter path: ${JSON.stringify(path.slice(0, 100))}`);
  if (!isPlainObject(scenario)) throw new Error(`cannot set ${path}: the scenario is not an object`);
  const keys = path.split('.');
  const setIn = (node: Record<string, unknown>, i: number): Record<string, unknown> => {
    const key = keys[i];
    let next: unknown = value;
    if (i < keys.length - 1) {
      const child = hasOwn(node, key) ? node[key] : {};
      if (!isPlainObject(child)) throw new Error(`cannot set ${path}: ${keys.slice(0, i + 1).join('.')} is not an object`);
      next = setIn(child, i + 1);
    }
    // Spread defines own properties (never the prototype), so a copied "__proto__" key stays inert.
    const copy: Record<string, unknown> = { ...node };
    Object.defineProperty(copy, key, { value: next, writable: true, enumerable: true, configurable: true });
    return copy;
  };
  return setIn(scenario, 0) as T;
}
