/**
 * Reading a sweep file from disk: parse (a syntax error names its line and column), validate against
 * sweep.schema.json, resolve the base scenario relative to the sweep file, expand the design and
 * check every design point's scenario. Returns everything a sweep needs, or every problem, each named
 * by its field in the sweep file; never throws for a problem in the user's files.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { expandDesign, type Design } from '../batch/design.js';
import { DEFAULT_MAX_MEMORY, estimateRun, sweepLimitProblem } from '../batch/limits.js';
import { largestPoint, sweepShape } from '../batch/sweepSize.js';
import { planRuns, type PlannedRun } from '../batch/runs.js';
import { pointScenarios, sweepBase } from '../batch/scenarios.js';
import { validateSweep, type Sweep, type SweepError } from '../batch/sweep.js';
import type { Scenario } from '../scenario/types.js';
import { loadScenarioFile, locateScenario, displayPath } from './loadScenarioFile.js';
import { parseJson } from './parseJson.js';
import { readInputFile } from './readInputFile.js';

export interface PreparedSweep {
  file: string;
  sweep: Sweep;
  sha256: string;
  scenarioSha256: string;
  design: Design;
  runs: PlannedRun[];
  /** One per design point, in design order. */
  scenarios: Scenario[];
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The memory a sweep may use and how many runs go at once: checked before the design is expanded. */
export interface SweepBudget {
  maxBytes: number;
  jobs: number;
}

export function loadSweepFile(path: string, budget: SweepBudget = { maxBytes: DEFAULT_MAX_MEMORY, jobs: 1 }): { prepared?: PreparedSweep; errors: SweepError[] } {
  const file = resolve(path);
  const read = readInputFile(file);
  if (!read.ok) return { errors: [{ path: '(file)', message: `cannot read the sweep file: ${read.reason}` }] };
  const bytes = read.bytes;
  const parsed = parseJson(read.text);
  if (!parsed.ok) return { errors: [{ path: '(file)', message: `not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}` }] };
  const errors = validateSweep(parsed.value);
  if (errors.length > 0) return { errors };
  const sweep = parsed.value as Sweep;

  let scenarioFile: string;
  try {
    scenarioFile = locateScenario(sweep.scenario, file);
  } catch (thrown) {
    return { errors: [{ path: 'scenario', message: thrown instanceof Error ? thrown.message : String(thrown) }] };
  }
  const loaded = loadScenarioFile(scenarioFile);
  if (!loaded.scenario || loaded.errors.length > 0) {
    return { errors: loaded.errors.map((e) => ({ path: 'scenario', message: `${displayPath(scenarioFile)}: ${e.message}` })) };
  }
  // Without a seed of its own a sweep takes the scenario's, as the browser and calibrate do.
  sweep.seed ??= loaded.scenario.run.seed;
  const base = sweepBase(loaded.scenario, sweep);
  const shape = sweepShape(sweep);
  const tooBig = sweepLimitProblem(shape, estimateRun(largestPoint(base, sweep)), budget.jobs, budget.maxBytes);
  if (tooBig !== undefined) return { errors: [tooBig] };
  const design = expandDesign(sweep);
  const { scenarios, errors: pointErrors } = pointScenarios(base, design);
  if (pointErrors.length > 0) return { errors: pointErrors };
  return {
    prepared: {
      file,
      sweep,
      sha256: sha256(bytes),
      scenarioSha256: sha256(JSON.stringify(base)),
      design,
      runs: planRuns(design.points.length, sweep.replications, sweep.seed),
      scenarios,
    },
    errors: [],
  };
}
