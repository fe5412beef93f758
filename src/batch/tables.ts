/**
 * The aggregate CSVs of a sweep, built only from the per-run records, in run-key order, so a single
 * run, N threads and merged shards give the same bytes. Both are tidy (one observation per row):
 * runs.csv has one row per run; summary.csv one row per design point and output, with the mean, sd
 * and 95% confidence interval over replications — `pd.read_csv` or `read.csv` load either directly,
 * and summary.csv pivots or facets by `output` without reshaping.
 */
import { SUMMARY_FIELD_NAMES } from '../metrics/fields.js';
import { csvCell, formatNumber } from '../outputs/index.js';
import type { Design } from './design.js';
import type { RunRecord } from './records.js';
import { describe } from './stats.js';
import type { ParameterValue } from './sweep.js';

function line(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

export function valueCell(value: ParameterValue): string {
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

export const RUN_ID_COLUMNS = ['key', 'point', 'replication', 'seed'] as const;

/** One row per run: key, point, replication, seed, the design parameters, every summary field. */
export function runsCsv(design: Design, records: readonly RunRecord[]): string {
  const out = [line([...RUN_ID_COLUMNS, ...design.parameters, ...SUMMARY_FIELD_NAMES])];
  for (const r of records) {
    const id = [r.key, String(r.point), String(r.replication), String(r.seed)];
    const params = design.parameters.map((name) => valueCell(r.parameters[name]));
    out.push(line([...id, ...params, ...SUMMARY_FIELD_NAMES.map((name) => formatNumber(r.summary[name]))]));
  }
  return out.join('');
}

export const SUMMARY_STAT_COLUMNS = ['output', 'n', 'mean', 'sd', 'ci95Low', 'ci95High'] as const;

/** One row per (design point, summary field): the replications' n, mean, sd and 95% CI of the mean. */
export function summaryCsv(design: Design, records: readonly RunRecord[]): string {
  const byPoint = new Map<number, RunRecord[]>();
  for (const r of records) {
    const list = byPoint.get(r.point) ?? [];
    list.push(r);
    byPoint.set(r.point, list);
  }
  const out = [line(['point', ...design.parameters, ...SUMMARY_STAT_COLUMNS])];
  for (const point of design.points) {
    const runs = byPoint.get(point.index) ?? [];
    const params = design.parameters.map((name) => valueCell(point.values[name]));
    for (const name of SUMMARY_FIELD_NAMES) {
      const s = describe(runs.map((r) => r.summary[name]));
      out.push(line([String(point.index), ...params, name, String(s.n), ...[s.mean, s.sd, s.ci95Low, s.ci95High].map(formatNumber)]));
    }
  }
  return out.join('');
}
