/**
 * Sweep files: their JSON Schema (sweep.schema.json, the single source of field names and meanings)
 * and validation. Like validateScenario it returns every problem with the field's path and never
 * throws; the checks beyond the schema are those that need the scenario's own schema: each varied
 * parameter must be a scenario parameter, numeric where a range is given, and the fields must suit
 * the chosen design. The schema's validator is generated ahead of time (`npm run build:validators`).
 */
import type { ValidateFunction } from 'ajv';
import { isParameterLeaf } from '../scenario/paths.js';
import { closestParameterPath, listParameterPaths } from '../scenario/paths.js';
import { hasOwn, isPlainObject, schemaAt, type JsonSchema } from '../scenario/schema.js';
import { describeSchemaErrors } from '../scenario/schemaErrors.js';
import schemaJson from './sweep.schema.json' with { type: 'json' };
import { validate as generated } from './sweepValidator.generated.js';

export type ParameterValue = number | boolean | string;

export interface ParameterSpec {
  values?: ParameterValue[];
  from?: number;
  to?: number;
  steps?: number;
  min?: number;
  max?: number;
}

export type DesignName = 'grid' | 'latinHypercube';

export interface Sweep {
  name?: string;
  description?: string;
  scenario: string;
  design?: DesignName;
  points?: number;
  parameters: Record<string, ParameterSpec>;
  replications: number;
  seed?: number;
  years?: number;
  warmupWeeks?: number;
}

export interface SweepError {
  /** Dotted path in the sweep file, e.g. `parameters["agency.premium"].steps`. */
  path: string;
  message: string;
}

export const sweepSchema = schemaJson as Record<string, unknown>;

const compiled = generated as unknown as ValidateFunction;

function parameterPath(name: string, field?: string): string {
  return `parameters[${JSON.stringify(name)}]${field === undefined ? '' : `.${field}`}`;
}

const NUMERIC = new Set(['number', 'integer']);

function parameterErrors(sweep: Sweep): SweepError[] {
  const errors: SweepError[] = [];
  const design = sweep.design ?? 'grid';
  if (design === 'latinHypercube' && sweep.points === undefined) errors.push({ path: 'points', message: 'is required for a latinHypercube design' });
  if (design === 'grid' && sweep.points !== undefined) errors.push({ path: 'points', message: 'applies only to a latinHypercube design' });
  if (design === 'latinHypercube' && Object.keys(sweep.parameters).length === 0) errors.push({ path: 'parameters', message: 'expected at least one parameter with its min and max for a latinHypercube design, found none' });
  for (const [name, spec] of Object.entries(sweep.parameters)) {
    if (name.startsWith('run.')) {
      errors.push({ path: parameterPath(name), message: 'run settings are not swept: seeds come from the sweep\'s "seed", and "years" and "warmupWeeks" are sweep fields' });
      continue;
    }
    if (!isParameterLeaf(name)) {
      const near = closestParameterPath(name);
      errors.push({ path: parameterPath(name), message: `no such scenario parameter${near ? ` (did you mean "${near}"?)` : ''}` });
      continue;
    }
    const type = String(schemaAt(name.split('.'))?.type ?? '');
    const has = (k: keyof ParameterSpec): boolean => spec[k] !== undefined;
    const range = has('from') || has('to') || has('steps');
    const bounds = has('min') || has('max');
    if (design === 'grid') {
      if (bounds) errors.push({ path: parameterPath(name, has('min') ? 'min' : 'max'), message: 'min/max belong to a latinHypercube design; a grid takes "values" or "from"/"to"/"steps"' });
      else if (has('values') === range) errors.push({ path: parameterPath(name), message: 'give either "values" or "from", "to" and "steps"' });
      else if (range) {
        for (const k of ['from', 'to', 'steps'] as const) if (!has(k)) errors.push({ path: parameterPath(name, k), message: 'is required with a range' });
        if (!NUMERIC.has(type)) errors.push({ path: parameterPath(name), message: `a range needs a numeric parameter, and ${name} is ${type === '' ? 'not a number' : `a ${type}`}` });
      }
    } else {
      if (has('values') || range) errors.push({ path: parameterPath(name), message: 'a latinHypercube design takes "min" and "max" only' });
      for (const k of ['min', 'max'] as const) if (!has(k)) errors.push({ path: parameterPath(name, k), message: 'is required for a latinHypercube design' });
      if (has('min') && has('max') && (spec.min as number) >= (spec.max as number)) errors.push({ path: parameterPath(name, 'max'), message: `must be greater than min (${spec.min})` });
      if (!NUMERIC.has(type)) errors.push({ path: parameterPath(name), message: `a latinHypercube range needs a numeric parameter, and ${name} is ${type === '' ? 'not a number' : `a ${type}`}` });
    }
  }
  return errors;
}

/** A sweep cannot vary more parameters than a scenario has; checked before the schema, which would look at each one. */
export const MAX_SWEEP_PARAMETERS = listParameterPaths().length;

/** Every problem in a sweep document, or [] when it is a valid Sweep. */
export function validateSweep(doc: unknown): SweepError[] {
  if (isPlainObject(doc) && isPlainObject(doc.parameters)) {
    let count = 0;
    for (const key in doc.parameters) if (hasOwn(doc.parameters, key) && ++count > MAX_SWEEP_PARAMETERS) break;
    if (count > MAX_SWEEP_PARAMETERS) return [{ path: 'parameters', message: `more than ${MAX_SWEEP_PARAMETERS} parameters, which is every parameter a scenario has; vary only the ones you mean to` }];
  }
  if (!compiled(doc)) return describeSchemaErrors(doc, compiled.errors ?? [], sweepSchema as JsonSchema).map((e) => ({ path: e.path === '' ? '(root)' : e.path, message: `expected ${e.expected}, found ${e.actual}` }));
  if (!isPlainObject(doc) || !hasOwn(doc, 'parameters')) return [{ path: '(root)', message: 'must be an object' }];
  return parameterErrors(doc as unknown as Sweep);
}
