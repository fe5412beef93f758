/**
 * The free parameters of a calibration, from a `--params` file or `--param` flags: the file's own
 * format, checked field by field (`{"parameters": [{"path", "min", "max", "integer"?}]}`), and every
 * parameter's bounds checked against the scenario schema's range for it, so the search can never try
 * (or write into calibrated.json) a value that `handover validate` would reject.
 */
import { describeExpected, schemaAt } from '../scenario/schema.js';
import { isParameterLeaf } from '../scenario/paths.js';
import type { FreeParameter } from './calibrate.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const KEYS = new Set(['path', 'min', 'max', 'integer']);

function found(v: unknown): string {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The parameters of a `--params` document, or every problem with its field path. */
export function readParametersDoc(doc: unknown): { parameters: FreeParameter[]; errors: string[] } {
  if (!isObject(doc) || !Array.isArray(doc.parameters)) return { parameters: [], errors: [`expected {"parameters": [{"path": …, "min": …, "max": …}, …]}, found ${found(doc)}`] };
  const errors: string[] = [];
  for (const key of Object.keys(doc)) if (key !== 'parameters' && key !== '$schema' && key !== 'description') errors.push(`${found(key)}: no such field (allowed: parameters, description)`);
  if (doc.parameters.length === 0) errors.push('parameters: expected at least one parameter, found an empty list');
  const parameters: FreeParameter[] = [];
  doc.parameters.forEach((p: unknown, i: number) => {
    const at = `parameters[${i}]`;
    if (!isObject(p)) return void errors.push(`${at}: expected an object with "path", "min" and "max", found ${found(p)}`);
    for (const key of Object.keys(p)) if (!KEYS.has(key)) errors.push(`${at}.${found(key)}: no such field (allowed: path, min, max, integer)`);
    if (typeof p.path !== 'string' || p.path === '') errors.push(`${at}.path: expected a scenario parameter path such as "turnover.baseAnnualRate", found ${found(p.path)}`);
    for (const bound of ['min', 'max'] as const) if (typeof p[bound] !== 'number' || !Number.isFinite(p[bound])) errors.push(`${at}.${bound}: expected a number, found ${found(p[bound])}`);
    if (p.integer !== undefined && typeof p.integer !== 'boolean') errors.push(`${at}.integer: expected true or false, found ${found(p.integer)}`);
    if (typeof p.path === 'string' && typeof p.min === 'number' && typeof p.max === 'number') parameters.push({ path: p.path, min: p.min, max: p.max, ...(p.integer === true ? { integer: true } : {}) });
  });
  return { parameters, errors };
}

/** Problems with the bounds of parameters that exist: numeric, min < max, both inside the schema's range. */
export function boundsProblems(p: FreeParameter): string[] {
  if (!isParameterLeaf(p.path)) return [];
  const schema = schemaAt(p.path.split('.'));
  if (!schema || (schema.type !== 'number' && schema.type !== 'integer')) return [`${p.path}: not a numeric parameter, so it cannot be calibrated`];
  const inside = (x: number): boolean =>
    (schema.minimum === undefined || x >= schema.minimum) && (schema.exclusiveMinimum === undefined || x > schema.exclusiveMinimum) && (schema.maximum === undefined || x <= schema.maximum) && (schema.exclusiveMaximum === undefined || x < schema.exclusiveMaximum);
  const outside = [p.min, p.max].filter((x) => Number.isFinite(x) && !inside(x));
  if (outside.length === 0) return [];
  return [`${p.path}: bounds ${p.min}:${p.max} reach outside the parameter's range (${describeExpected(schema)})`];
}

/** A fitted value as written to calibrated.json: 4 significant digits, kept inside the bounds searched. */
export function writtenValue(p: FreeParameter, value: number): number {
  if (p.integer) return Math.min(Math.floor(p.max), Math.max(Math.ceil(p.min), Math.round(value)));
  return Math.min(p.max, Math.max(p.min, Number(value.toPrecision(4))));
}
