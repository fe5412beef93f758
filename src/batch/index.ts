/** Batch runs: sweep files, design points, run keys and seeds, shards, per-run records and the aggregate CSVs (pure; the Node edges live in src/node). */
export { validateSweep, sweepSchema, type Sweep, type SweepError, type ParameterSpec, type ParameterValue, type DesignName } from './sweep.js';
export { expandDesign, latinHypercube, type Design, type DesignPoint } from './design.js';
export { replicationSeed, replicationSeeds } from './seeds.js';
export { planRuns, runKey, inShard, parseShard, shardFromSlurm, type PlannedRun, type Shard } from './runs.js';
export { describe, tQuantile975, type Interval } from './stats.js';
export { makeRecord, recordToJson, checkRecord, RUN_FORMAT, type RunRecord } from './records.js';
export { runsCsv, summaryCsv, valueCell, RUN_ID_COLUMNS, SUMMARY_STAT_COLUMNS } from './tables.js';
export { manifestToJson, checkManifest, MANIFEST_FORMAT, type Manifest } from './manifest.js';
export { sweepBase, pointScenarios } from './scenarios.js';
export { CONTINUITY_OUTPUTS, DEFAULT_SENSITIVITY_PARAMS, oatLevels, rankOat, sensitivityCsv, sensitivityJson, sensitivityParamError, type OatBar, type OatLevel, type OatResults, type SensitivityMeta } from './sensitivity.js';
