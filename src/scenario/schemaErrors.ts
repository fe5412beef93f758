/**
 * The one wording of JSON-Schema errors, for scenarios, sweep files and trainer stories alike: each
 * Ajv error becomes a ScenarioError a planner can act on — the path in dotted form, what was expected
 * in words taken from the schema node, and what was found. `schemaErrors` checks a document against
 * scenario.schema.json (draft-07, all errors, strict schema); other schemas compile with
 * `verbose: true` and pass their errors to `describeSchemaErrors`.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ScenarioError } from './types.js';
import { formatPath, type PathSegment } from './paths.js';
import { renderValue } from './render.js';
import { describeExpected, hasOwn, isPlainObject, scenarioSchema, schemaAt, type JsonSchema } from './schema.js';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  // verbose: each error carries the offending data and its schema node, so nothing is looked up twice.
  compiled ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(scenarioSchema);
  return compiled;
}

export function makeError(path: string, expected: string, actual: string): ScenarioError {
  return { path, expected, actual, message: `${path === '' ? '(root)' : path}: expected ${expected}, found ${actual}` };
}

/** Follows a JSON pointer through the data, telling list indices from keys. */
function locate(doc: unknown, pointer: string): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      segments.push(Number(key));
      node = node[Number(key)];
    } else {
      segments.push(key);
      node = isPlainObject(node) && hasOwn(node, key) ? node[key] : undefined;
    }
  }
  return segments;
}

function sizeOf(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  if (isPlainObject(value)) return `${Object.keys(value).length} entries`;
  return renderValue(value);
}

/** "set, leave, surge or recruitmentDrive": the key each branch of a oneOf requires. */
function branchKeys(e: ErrorObject): string {
  const keys = ((e.schema as JsonSchema[] | undefined) ?? []).map((branch) => branch.required?.[0]).filter((k): k is string => k !== undefined);
  return keys.length > 1 ? `${keys.slice(0, -1).join(', ')} or ${keys[keys.length - 1]}` : keys.join('');
}

function translate(doc: unknown, e: ErrorObject, root: JsonSchema): ScenarioError | undefined {
  // A branch of "exactly one action" or of the completeness rule: reported once by its parent keyword.
  if (e.keyword === 'if' || e.schemaPath.includes('/oneOf/')) return undefined;
  // The completeness rule only adds `required`; its type checks repeat the main schema's.
  if (e.schemaPath.startsWith('#/definitions/complete') && e.keyword !== 'required') return undefined;
  const at = locate(doc, e.instancePath);
  const parentSchema = e.parentSchema as JsonSchema | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parentSchema?.properties ?? {});
      const value = isPlainObject(e.data) && hasOwn(e.data, key) ? e.data[key] : undefined;
      return makeError(formatPath([...at, key]), `no such field (allowed: ${allowed.join(', ')})`, renderValue(value));
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      return makeError(formatPath([...at, key]), describeExpected(schemaAt([...at, key], root), root), 'nothing (missing field)');
    }
    case 'oneOf':
      return makeError(formatPath(at), `exactly one of ${branchKeys(e)}`, renderValue(e.data));
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return makeError(formatPath(at), describeExpected(parentSchema, root), sizeOf(e.data));
    default:
      return makeError(formatPath(at), describeExpected(parentSchema ?? schemaAt(at, root), root), renderValue(e.data));
  }
}

/** Ajv's errors for `doc` against `root` (compiled with verbose: true) in the one wording. */
export function describeSchemaErrors(doc: unknown, errors: readonly ErrorObject[], root: JsonSchema): ScenarioError[] {
  const out: ScenarioError[] = [];
  for (const e of errors) {
    const error = translate(doc, e, root);
    if (error) out.push(error);
  }
  return out;
}

export function schemaErrors(doc: unknown): ScenarioError[] {
  const validate = validator();
  return validate(doc) ? [] : describeSchemaErrors(doc, validate.errors ?? [], scenarioSchema);
}
