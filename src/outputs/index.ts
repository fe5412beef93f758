/** Pure output builders: CSV, JSON and the terminal summary of a RunResult (no fs; the Node edges live in src/node). */
export { formatNumber, jsonNumber } from './formatNumber.js';
export { seriesToCsv, summaryToCsv, csvCell, SUMMARY_CSV_COLUMNS } from './csv.js';
export { resultToJson, type JsonOptions } from './json.js';
export { formatSummary } from './summaryText.js';
export { CHANGE_CAUSES, type CauseInfo, type ChangeCauseName } from './causes.js';
export { outputsDoc } from './outputsDoc.js';
