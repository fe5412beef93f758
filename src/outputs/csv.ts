/**
 * CSV builders: the per-week series (one row per reporting week, columns in SERIES_FIELD_NAMES order)
 * and the run summary (one row). RFC 4180 text with "\n" line ends and a final newline; every number
 * goes through formatNumber so the same result always gives the same bytes.
 */
import { SERIES_FIELD_NAMES, SUMMARY_FIELD_NAMES, type RunResult } from '../metrics/fields.js';
import { formatNumber } from './formatNumber.js';

/** Quotes a cell only when it needs it (a comma, quote or line break, e.g. in a scenario name). */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

export function seriesToCsv(result: RunResult): string {
  const columns = SERIES_FIELD_NAMES.map((name) => result.series[name]);
  const lines = [csvLine(SERIES_FIELD_NAMES)];
  for (let t = 0; t < result.weeks; t++) lines.push(csvLine(columns.map((column) => formatNumber(column[t]))));
  return lines.join('');
}

/** The columns of summaryToCsv: the run's identity, then SUMMARY_FIELD_NAMES. */
export const SUMMARY_CSV_COLUMNS = ['scenario', 'seed', 'warmupWeeks', 'weeks', ...SUMMARY_FIELD_NAMES] as const;

/** One header row and one row of values, so summaries of many runs concatenate into one table. */
export function summaryToCsv(result: RunResult): string {
  const identity = [result.scenarioName, formatNumber(result.seed), formatNumber(result.warmupWeeks), formatNumber(result.weeks)];
  const values = SUMMARY_FIELD_NAMES.map((name) => formatNumber(result.summary[name]));
  return csvLine(SUMMARY_CSV_COLUMNS) + csvLine([...identity, ...values]);
}
