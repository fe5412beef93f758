/**
 * The per-run file (DIR/runs/<key>.json): what a run of a sweep gave, enough to rebuild runs.csv and
 * summary.csv without running anything again. It names its sweep by hash, so a file from another
 * sweep is recognised as foreign, and is checked field by field on reading, so a corrupt file is
 * reported rather than silently trusted or overwritten.
 */
import { SUMMARY_FIELD_NAMES, type Summary } from '../metrics/fields.js';
import { isPlainObject } from '../scenario/schema.js';
import type { DesignPoint } from './design.js';
import type { PlannedRun } from './runs.js';
import type { ParameterValue } from './sweep.js';

export const RUN_FORMAT = 'handover-sweep-run/1';

export interface RunRecord {
  format: typeof RUN_FORMAT;
  sweepSha256: string;
  key: string;
  point: number;
  replication: number;
  seed: number;
  parameters: Record<string, ParameterValue>;
  summary: Summary;
}

export function makeRecord(sweepSha256: string, run: PlannedRun, point: DesignPoint, summary: Summary): RunRecord {
  return { format: RUN_FORMAT, sweepSha256, key: run.key, point: run.point, replication: run.replication, seed: run.seed, parameters: point.values, summary };
}

/** A summary as JSON can hold it: fields in SUMMARY_FIELD_NAMES order, NaN (and any non-finite value) as null. */
export function summaryToJson(summary: Summary): Record<string, number | null> {
  const doc: Record<string, number | null> = {};
  for (const name of SUMMARY_FIELD_NAMES) doc[name] = Number.isFinite(summary[name]) ? summary[name] : null;
  return doc;
}

/** summaryToJson read back: the summary, or which field is wrong. */
export function summaryFromJson(doc: unknown): Summary | string {
  if (!isPlainObject(doc)) return 'no summary';
  const summary = {} as Summary;
  for (const name of SUMMARY_FIELD_NAMES) {
    const v = doc[name];
    if (v !== null && typeof v !== 'number') return `summary.${name} is missing or not a number`;
    summary[name] = v === null ? NaN : v;
  }
  return summary;
}

/** Stable text: fields in a fixed order, summary in SUMMARY_FIELD_NAMES order, NaN as null, one final newline. */
export function recordToJson(record: RunRecord): string {
  const summary = summaryToJson(record.summary);
  const { format, sweepSha256, key, point, replication, seed, parameters } = record;
  return `${JSON.stringify({ format, sweepSha256, key, point, replication, seed, parameters, summary }, null, 1)}\n`;
}

const sameValue = (a: unknown, b: unknown): boolean => a === b;

/**
 * Reads a per-run file's parsed JSON and checks it is the expected run of this sweep. Returns the
 * record, or why it is not one ("from another sweep", "seed 12 but this run's seed is 34").
 */
export function checkRecord(doc: unknown, sweepSha256: string, run: PlannedRun, point: DesignPoint): RunRecord | string {
  if (!isPlainObject(doc) || doc.format !== RUN_FORMAT) return `not a Handover run file (no "format": "${RUN_FORMAT}")`;
  if (doc.sweepSha256 !== sweepSha256) return `a run of another sweep (sweep SHA-256 ${String(doc.sweepSha256).slice(0, 12)}…, this sweep's is ${sweepSha256.slice(0, 12)}…)`;
  if (doc.key !== run.key || doc.point !== run.point || doc.replication !== run.replication) return `its key, point or replication does not match its name ${run.key}`;
  if (doc.seed !== run.seed) return `seed ${String(doc.seed)}, but run ${run.key}'s seed is ${run.seed}`;
  const params = doc.parameters;
  if (!isPlainObject(params) || Object.keys(params).length !== Object.keys(point.values).length || !Object.entries(point.values).every(([k, v]) => sameValue(params[k], v))) {
    return 'its design parameters differ from the sweep\'s';
  }
  const summary = summaryFromJson(doc.summary);
  if (typeof summary === 'string') return summary;
  return { format: RUN_FORMAT, sweepSha256, key: run.key, point: run.point, replication: run.replication, seed: run.seed, parameters: point.values, summary };
}
