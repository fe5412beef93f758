/**
 * The JSON form of a run: `{ scenario, seed, warmupWeeks, weeks, summary, series }` with keys in
 * field-list order, two-space indents and each series on one line (a 10-year run stays readable and
 * diffable). Numbers go through formatNumber, so JSON and CSV of the same run agree; a value that is
 * not finite becomes null.
 */
import { SERIES_FIELD_NAMES, SUMMARY_FIELD_NAMES, type RunResult } from '../metrics/fields.js';
import { jsonNumber } from './formatNumber.js';

export interface JsonOptions {
  /** Include the per-week series (default true); false gives the summary only. */
  includeSeries?: boolean;
}

function seriesArray(values: ArrayLike<number>, weeks: number): string {
  const items: string[] = [];
  for (let t = 0; t < weeks; t++) items.push(jsonNumber(values[t]));
  return `[${items.join(', ')}]`;
}

function block(entries: readonly (readonly [string, string])[], indent: string): string {
  const inner = `${indent}  `;
  return `{\n${entries.map(([key, value]) => `${inner}${JSON.stringify(key)}: ${value}`).join(',\n')}\n${indent}}`;
}

export function resultToJson(result: RunResult, options: JsonOptions = {}): string {
  const summary = block(SUMMARY_FIELD_NAMES.map((name) => [name, jsonNumber(result.summary[name])] as const), '  ');
  const entries: [string, string][] = [
    ['scenario', JSON.stringify(result.scenarioName)],
    ['seed', jsonNumber(result.seed)],
    ['warmupWeeks', jsonNumber(result.warmupWeeks)],
    ['weeks', jsonNumber(result.weeks)],
    ['summary', summary],
  ];
  if (options.includeSeries ?? true) {
    const series = SERIES_FIELD_NAMES.map((name) => [name, seriesArray(result.series[name], result.weeks)] as const);
    entries.push(['series', block(series, '  ')]);
  }
  return `${block(entries, '')}\n`;
}
