/**
 * The one wording of JSON-Schema errors, for scenarios, sweep files and trainer stories alike: each
 * Ajv error becomes a ScenarioError a planner can act on — the path in dotted form, what was expected
 * in words taken from the schema node, and what was found. `schemaErrors` checks a document against
 * scenario.schema.json (draft-07, all errors, strict schema). Every validator is generated ahead of
 * time (`npm run build:validators`, scripts/validators.ts) without Ajv's verbose errors: the schema
 * node and the value an error is about are looked up here, by its schemaPath and instancePath.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ScenarioError } from './types.js';
import { formatPath, type PathSegment } from './paths.js';
import { renderValue } from './render.js';
import { describeExpected, hasOwn, isPlainObject, scenarioSchema, schemaAt, type JsonSchema } from './schema.js';
import { validate as generated } from './scenarioValidator.generated.js';

const validate = generated as unknown as ValidateFunction;


/** Fields a scenario once had, with what replaces each: an old file is told what to write instead. */
const REMOVED_FIELDS: ReadonlyMap<string, string> = new Map([
  [
    'allocation.handover',
    'no such field: one worker from assessment to closure is now a service structure whose one team holds every stage (extend "structure-one-worker.json", or give structure.teams), and team handovers are the default structure',
  ],
]);

export function makeError(path: string, expected: string, actual: string): ScenarioError {
  return { path, expected, actual, message: `${path === '' ? '(root)' : path}: expected ${expected}, found ${actual}` };
}

function pointerKeys(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Follows a JSON pointer through the data, telling list indices from keys; also the value found there. */
function locate(doc: unknown, pointer: string): { at: PathSegment[]; data: unknown } {
  const at: PathSegment[] = [];
  let node = doc;
  for (const key of pointerKeys(pointer)) {
    if (Array.isArray(node)) {
      at.push(Number(key));
      node = node[Number(key)];
    } else {
      at.push(key);
      node = isPlainObject(node) && hasOwn(node, key) ? node[key] : undefined;
    }
  }
  return { at, data: node };
}

/** The schema value at a path of keys (`['properties', 'run', 'maximum']`), or undefined. */
function schemaNode(root: JsonSchema, keys: readonly string[]): unknown {
  let node: unknown = root;
  for (const key of keys) node = (isPlainObject(node) || Array.isArray(node)) && hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** The keyword's value and the schema node holding it: `#/properties/run/properties/years/maximum` → 20 and run.years's node. */
function schemaOf(root: JsonSchema, schemaPath: string): { schema: unknown; parentSchema: JsonSchema | undefined } {
  const keys = pointerKeys(schemaPath.replace(/^#/, ''));
  const parent = schemaNode(root, keys.slice(0, -1));
  return { schema: schemaNode(root, keys), parentSchema: isPlainObject(parent) ? (parent as JsonSchema) : undefined };
}

function sizeOf(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  if (isPlainObject(value)) return `${Object.keys(value).length} entries`;
  return renderValue(value);
}

/** "set, leave, surge or recruitmentDrive": the key each branch of a oneOf requires. */
function branchKeys(branches: unknown): string {
  const keys = ((Array.isArray(branches) ? branches : []) as JsonSchema[]).map((branch) => branch.required?.[0]).filter((k): k is string => k !== undefined);
  return keys.length > 1 ? `${keys.slice(0, -1).join(', ')} or ${keys[keys.length - 1]}` : keys.join('');
}

function translate(doc: unknown, e: ErrorObject, root: JsonSchema): ScenarioError | undefined {
  // A branch of "exactly one action" or of the completeness rule: reported once by its parent keyword.
  if (e.keyword === 'if' || e.schemaPath.includes('/oneOf/')) return undefined;
  // The completeness rule only adds `required`; its type checks repeat the main schema's.
  if (e.schemaPath.startsWith('#/definitions/complete') && e.keyword !== 'required') return undefined;
  const { at, data } = locate(doc, e.instancePath);
  const { schema, parentSchema } = schemaOf(root, e.schemaPath);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parentSchema?.properties ?? {});
      const value = isPlainObject(data) && hasOwn(data, key) ? data[key] : undefined;
      const path = formatPath([...at, key]);
      const removed = REMOVED_FIELDS.get(path);
      if (removed) return makeError(path, removed, renderValue(value));
      return makeError(path, `no such field (allowed: ${allowed.join(', ')})`, renderValue(value));
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      return makeError(formatPath([...at, key]), describeExpected(schemaAt([...at, key], root), root), 'nothing (missing field)');
    }
    case 'oneOf':
      return makeError(formatPath(at), `exactly one of ${branchKeys(schema)}`, renderValue(data));
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return makeError(formatPath(at), describeExpected(parentSchema, root), sizeOf(data));
    default:
      return makeError(formatPath(at), describeExpected(parentSchema ?? schemaAt(at, root), root), renderValue(data));
  }
}

/** Ajv's errors for `doc` against `root` in the one wording. */
export function describeSchemaErrors(doc: unknown, errors: readonly ErrorObject[], root: JsonSchema): ScenarioError[] {
  const out: ScenarioError[] = [];
  for (const e of errors) {
    const error = translate(doc, e, root);
    if (error) out.push(error);
  }
  return out;
}

export function schemaErrors(doc: unknown): ScenarioError[] {
  return validate(doc) ? [] : describeSchemaErrors(doc, validate.errors ?? [], scenarioSchema);
}
