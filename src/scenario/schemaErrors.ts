/**
 * Checks a document against scenario.schema.json with its Ajv validator (draft-07, all errors, strict
 * schema), generated ahead of time by `npm run build:validators`, and turns each Ajv error into a
 * ScenarioError a planner can act on: the path in dotted form, what was expected in words taken from
 * the schema node, and what was found.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ScenarioError } from './types.js';
import { formatPath, type PathSegment } from './paths.js';
import { renderValue } from './render.js';
import { describeExpected, hasOwn, isPlainObject, scenarioSchema, schemaAt, type JsonSchema } from './schema.js';
import { validate as generated } from './scenarioValidator.generated.js';

const validate = generated as unknown as ValidateFunction;

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

/** The schema node holding the keyword that failed: `#/properties/run/properties/years/maximum` → run.years's node. */
function parentSchemaOf(schemaPath: string): JsonSchema | undefined {
  let node: unknown = scenarioSchema;
  for (const key of pointerKeys(schemaPath.replace(/^#/, '')).slice(0, -1)) {
    node = (isPlainObject(node) || Array.isArray(node)) && hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return isPlainObject(node) ? (node as JsonSchema) : undefined;
}

function sizeOf(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  if (isPlainObject(value)) return `${Object.keys(value).length} entries`;
  return renderValue(value);
}

function translate(doc: unknown, e: ErrorObject): ScenarioError | undefined {
  // A branch of "exactly one action" or of the completeness rule: reported once by its parent keyword.
  if (e.keyword === 'if' || e.schemaPath.includes('/oneOf/')) return undefined;
  // The completeness rule only adds `required`; its type checks repeat the main schema's.
  if (e.schemaPath.startsWith('#/definitions/complete') && e.keyword !== 'required') return undefined;
  const { at, data } = locate(doc, e.instancePath);
  const parentSchema = parentSchemaOf(e.schemaPath);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parentSchema?.properties ?? {});
      const value = isPlainObject(data) && hasOwn(data, key) ? data[key] : undefined;
      return makeError(formatPath([...at, key]), `no such field (allowed: ${allowed.join(', ')})`, renderValue(value));
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      return makeError(formatPath([...at, key]), describeExpected(schemaAt([...at, key])), 'nothing (missing field)');
    }
    case 'oneOf':
      return makeError(formatPath(at), 'exactly one action: set, leave, surge or recruitmentDrive', renderValue(data));
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return makeError(formatPath(at), describeExpected(parentSchema), sizeOf(data));
    default:
      return makeError(formatPath(at), describeExpected(parentSchema ?? schemaAt(at)), renderValue(data));
  }
}

export function schemaErrors(doc: unknown): ScenarioError[] {
  if (validate(doc)) return [];
  const out: ScenarioError[] = [];
  for (const e of validate.errors ?? []) {
    const error = translate(doc, e);
    if (error) out.push(error);
  }
  return out;
}
