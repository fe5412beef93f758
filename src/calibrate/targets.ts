/**
 * Calibration targets: published figures with a tolerance, each mapped to a run output (a summary
 * field, or the mean of a weekly series over the reporting window). The file format is documented by
 * scenarios/targets/targets.schema.json; `checkTargets` returns every problem, one line each.
 */
import { SERIES_FIELDS, SUMMARY_FIELDS, type RunResult } from '../metrics/fields.js';

export interface TargetSource {
  title: string;
  url?: string;
  detail?: string;
}

export interface Target {
  id: string;
  label: string;
  field: string;
  value: number;
  tolerance: number;
  toleranceReason?: string;
  weight?: number;
  year: string;
  source: TargetSource;
}

export interface TargetsFile {
  name: string;
  description?: string;
  notes?: string;
  targets: Target[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `field` names a summary field or `series.<series field>`. */
export function isTargetField(field: string): boolean {
  if (field.startsWith('series.')) return Object.hasOwn(SERIES_FIELDS, field.slice('series.'.length));
  return Object.hasOwn(SUMMARY_FIELDS, field);
}

/** The simulated value of a target's field in one run. */
export function targetValue(result: RunResult, field: string): number {
  if (field.startsWith('series.')) {
    const column = result.series[field.slice('series.'.length) as keyof RunResult['series']];
    let sum = 0;
    for (let i = 0; i < column.length; i++) sum += column[i];
    return column.length > 0 ? sum / column.length : NaN;
  }
  return result.summary[field as keyof RunResult['summary']];
}

/** Problems with a parsed targets document, one message each (empty when valid). */
export function checkTargets(doc: unknown): string[] {
  if (!isObject(doc)) return ['expected an object with "name" and "targets"'];
  const errors: string[] = [];
  if (typeof doc.name !== 'string') errors.push('name: expected a string');
  if (!Array.isArray(doc.targets) || doc.targets.length === 0) return [...errors, 'targets: expected a non-empty list'];
  const ids = new Set<string>();
  doc.targets.forEach((t: unknown, i: number) => {
    const at = `targets[${i}]`;
    if (!isObject(t)) return void errors.push(`${at}: expected an object`);
    if (typeof t.id !== 'string' || t.id === '') errors.push(`${at}.id: expected a name`);
    else if (ids.has(t.id)) errors.push(`${at}.id: "${t.id}" is used twice`);
    else ids.add(t.id);
    if (typeof t.field !== 'string' || !isTargetField(t.field)) errors.push(`${at}.field: expected a summary field (docs/outputs.md) or series.<field>, found ${JSON.stringify(t.field)}`);
    if (typeof t.value !== 'number' || !Number.isFinite(t.value)) errors.push(`${at}.value: expected a number`);
    if (typeof t.tolerance !== 'number' || !(t.tolerance > 0)) errors.push(`${at}.tolerance: expected a number above 0`);
    if (t.weight !== undefined && (typeof t.weight !== 'number' || t.weight < 0)) errors.push(`${at}.weight: expected a number ≥ 0`);
    if (typeof t.label !== 'string') errors.push(`${at}.label: expected a string`);
    if (typeof t.year !== 'string') errors.push(`${at}.year: expected a string such as "2023"`);
    if (!isObject(t.source) || typeof t.source.title !== 'string') errors.push(`${at}.source.title: expected the source's title`);
  });
  return errors;
}
