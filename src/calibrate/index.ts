/** Calibration: targets, replication statistics, the Nelder–Mead search and report tables. */
export { calibrate, checkParameters, evaluateScenario, replicationResults, withValues, type CalibrateOptions, type CalibrateResult, type EvaluationJournal, type FreeParameter, type Runner } from './calibrate.js';
export { nelderMead, type Bounds, type Evaluation, type MinimiseResult, type NelderMeadOptions } from './nelderMead.js';
export { fitTargets, fitTargetValues, objective, targetValues, type TargetFit } from './stats.js';
export { checkTargets, isTargetField, targetValue, type Target, type TargetSource, type TargetsFile } from './targets.js';
export { formatValue, targetTable } from './report.js';
export { boundsProblems, readParametersDoc, writtenValue } from './parameters.js';
