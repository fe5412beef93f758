/**
 * Parameter paths: the dotted names ("agency.payCap.enabled") that interventions, sweeps, sources, the
 * CLI and the UI use for a parameter. The list comes from the schema, so a parameter added there is
 * addressable everywhere without further code.
 *
 * This is also the one implementation of reading and setting a dotted path in a document (parameter
 * changes, interventions, share links and saved sessions, calibration output, stories). Paths can
 * come from untrusted text (a link, a file, storage), so they are followed without recursion, limited
 * in depth, and may not name `__proto__`, `constructor` or `prototype`.
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

/** A top-level field that describes the document (`name`, `interventions`, …) rather than a parameter. */
export function isDocumentField(path: string): boolean {
  return DOCUMENT_FIELDS.has(path);
}

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

/** Parts allowed in a dotted path: the schema's deepest parameter has 5 (`pathway.durations.lookedAfter…`), with room to spare. */
export const MAX_PATH_PARTS = 8;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_PATH_SHOWN = 100;

/** A path for a message: quoted, and cut short so a huge key is never echoed whole. */
export function showPath(path: string): string {
  return JSON.stringify(path.length > MAX_PATH_SHOWN ? `${path.slice(0, MAX_PATH_SHOWN)}…` : path);
}

/** Thrown for a path that cannot be followed; the message is one line naming the path. */
export class PathError extends Error {
  override name = 'PathError';
}

/** The parts of a dotted path. Throws a PathError when it is too deep, has an empty part or names a reserved key. */
export function pathParts(path: string): string[] {
  let dots = 0;
  // Count before splitting, so a 20,000-part path is refused without building 20,000 strings.
  for (let i = path.indexOf('.'); i !== -1 && dots < MAX_PATH_PARTS; i = path.indexOf('.', i + 1)) dots++;
  if (dots >= MAX_PATH_PARTS) throw new PathError(`path ${showPath(path)} has more than ${MAX_PATH_PARTS} parts; at most ${MAX_PATH_PARTS} are allowed`);
  const parts = path.split('.');
  for (const part of parts) {
    if (part === '') throw new PathError(`path ${showPath(path)} has an empty part; expected names joined by dots`);
    if (RESERVED.has(part)) throw new PathError(`path ${showPath(path)} names "${part}", which is never a parameter`);
  }
  return parts;
}

/** The value at a dotted path (own properties only), or undefined when something on the way is missing. */
export function getPath(doc: unknown, path: string): unknown {
  let node = doc;
  for (const key of pathParts(path)) node = isPlainObject(node) && hasOwn(node, key) ? node[key] : undefined;
  return node;
}

/**
 * A copy of `doc` with the value at a dotted path set. Only the objects on the path are copied;
 * everything else is shared, so treat the result as immutable. Missing objects on the path are created
 * (a partial document); a value on the way that is not an object is a PathError.
 */
export function setPath<T>(doc: T, path: string, value: unknown): T {
  const parts = pathParts(path);
  if (!isPlainObject(doc)) throw new PathError(`cannot set ${showPath(path)}: the document is not an object`);
  const nodes: Record<string, unknown>[] = [doc];
  for (let i = 0; i < parts.length - 1; i++) {
    const child = hasOwn(nodes[i], parts[i]) ? nodes[i][parts[i]] : {};
    if (!isPlainObject(child)) throw new PathError(`cannot set ${showPath(path)}: ${showPath(parts.slice(0, i + 1).join('.'))} is ${child === null ? 'null' : Array.isArray(child) ? 'a list' : `a ${typeof child}`}, not an object`);
    nodes.push(child);
  }
  let next = value;
  for (let i = parts.length - 1; i >= 0; i--) {
    // Spread and defineProperty create own properties (never the prototype), so a "__proto__" key read from JSON stays inert.
    const copy: Record<string, unknown> = { ...nodes[i] };
    Object.defineProperty(copy, parts[i], { value: next, writable: true, enumerable: true, configurable: true });
    next = copy;
  }
  return next as T;
}

/** A copy of `scenario` with a parameter (a schema leaf or group) set; an unknown path is a PathError. */
export function applyParameterPath<T>(scenario: T, path: string, value: unknown): T {
  if (!LEAVES.has(path) && !GROUPS.has(path)) throw new PathError(`unknown parameter path: ${showPath(path)}`);
  return setPath(scenario, path, value);
}
