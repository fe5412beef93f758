/**
 * Replications → one line and a band: per week, the median and the 5th and 95th percentiles (a 90%
 * band) of every series field across runs, and the median of every summary field. With one run the
 * median is the run itself and there is no band.
 */
import { quantileSorted } from 'd3';
import { SERIES_FIELD_NAMES, SUMMARY_FIELD_NAMES, type RunResult, type Summary } from '../metrics/fields.js';
import { DERIVED_FIELDS, derivedColumn, type ChartField } from './chartSpecs.js';

export interface Band {
  mid: Float64Array;
  lo?: Float64Array;
  hi?: Float64Array;
}

/** What the charts and headline read: one run or the median of several. */
export interface RunSet {
  label: string;
  scenarioName: string;
  runs: number;
  weeks: number;
  series: Record<ChartField, Band>;
  summary: Summary;
  caseloadCap: number;
}

function across(values: number[], p: number): number {
  values.sort((a, b) => a - b);
  return quantileSorted(values, p) ?? NaN;
}

const ALL_FIELDS: readonly ChartField[] = [...SERIES_FIELD_NAMES, ...DERIVED_FIELDS];

/**
 * One field's first `weeks` rows, NaN where it has none. A run's own Float64Array is used as it is (a
 * view, not a copy: a result is never changed once it has arrived); streamed rows, which keep growing,
 * are copied.
 */
function columnOf(source: ArrayLike<number> | undefined, weeks: number): Float64Array {
  if (source instanceof Float64Array && source.length >= weeks) return source.length === weeks ? source : source.subarray(0, weeks);
  const out = new Float64Array(weeks);
  for (let t = 0; t < weeks; t++) out[t] = source?.[t] ?? NaN;
  return out;
}

/** The series fields and the derived ones (rolling rates) of one run, cut to `weeks`. */
function columnsOf(source: Record<string, ArrayLike<number>>, weeks: number): Record<ChartField, Float64Array> {
  const out = {} as Record<ChartField, Float64Array>;
  for (const field of SERIES_FIELD_NAMES) out[field] = columnOf(source[field], weeks);
  for (const field of DERIVED_FIELDS) out[field] = derivedColumn(field, out);
  return out;
}

export function summariseRuns(results: readonly RunResult[], label: string, caseloadCap: number): RunSet {
  const weeks = Math.min(...results.map((r) => r.weeks));
  const series = {} as Record<ChartField, Band>;
  const columns = results.map((r) => columnsOf(r.series, weeks));
  for (const field of ALL_FIELDS) {
    if (results.length === 1) {
      series[field] = { mid: columns[0][field] };
      continue;
    }
    const band: Band = { mid: new Float64Array(weeks), lo: new Float64Array(weeks), hi: new Float64Array(weeks) };
    const column: number[] = new Array(results.length);
    for (let t = 0; t < weeks; t++) {
      for (let r = 0; r < results.length; r++) column[r] = columns[r][field][t];
      band.mid[t] = across(column, 0.5);
      (band.lo as Float64Array)[t] = across(column, 0.05);
      (band.hi as Float64Array)[t] = across(column, 0.95);
    }
    series[field] = band;
  }
  const summary = {} as Summary;
  for (const field of SUMMARY_FIELD_NAMES) summary[field] = across(results.map((r) => r.summary[field]), 0.5);
  return { label, scenarioName: results[0].scenarioName, runs: results.length, weeks, series, summary, caseloadCap };
}

/** A partial run (rows streamed so far) as a RunSet for live drawing. */
export function partialRunSet(rows: Record<string, ArrayLike<number>>, weeks: number, label: string, scenarioName: string, caseloadCap: number): RunSet {
  const columns = columnsOf(rows, weeks);
  const series = {} as Record<ChartField, Band>;
  for (const field of ALL_FIELDS) series[field] = { mid: columns[field] };
  const summary = Object.fromEntries(SUMMARY_FIELD_NAMES.map((f) => [f, NaN])) as Summary;
  return { label, scenarioName, runs: 1, weeks, series, summary, caseloadCap };
}
