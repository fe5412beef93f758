/**
 * Fitting a scenario to targets: every evaluation runs the same replication seeds (common random
 * numbers, so the objective changes only because the parameters did), averages each target's field
 * and scores the distance with `objective`; Nelder–Mead with random restarts (nelderMead.ts) searches
 * the parameters the user allowed to move, within their bounds. The runner is passed in: the CLI runs
 * on a worker pool, tests may run in-process.
 */
import { replicationSeeds } from '../batch/seeds.js';
import type { RunResult } from '../metrics/fields.js';
import { applyParameterPath, getPath, isParameterLeaf } from '../scenario/index.js';
import type { Scenario } from '../scenario/types.js';
import { nelderMead, type Evaluation } from './nelderMead.js';
import { fitTargets, objective, type TargetFit } from './stats.js';
import type { Target } from './targets.js';

export interface FreeParameter {
  path: string;
  min: number;
  max: number;
  /** Whole numbers only (e.g. posts, intake sizes): values are rounded before each run. */
  integer?: boolean;
}

/** Runs one scenario with one seed. */
export type Runner = (scenario: Scenario, seed: number) => Promise<RunResult>;

export interface CalibrateOptions {
  base: Scenario;
  targets: readonly Target[];
  parameters: readonly FreeParameter[];
  /** Runs per evaluation, with the base scenario's replication seeds (src/batch/seeds.ts), the same for every evaluation. */
  replications: number;
  maxEvaluations: number;
  restarts: number;
  random: () => number;
  runner: Runner;
  onEvaluation?: (evaluation: Evaluation, fits: TargetFit[]) => void;
}

export interface CalibrateResult {
  scenario: Scenario;
  values: Record<string, number>;
  fits: TargetFit[];
  objective: number;
  evaluations: number;
}

/** Problems with the free parameters (unknown path, bad bounds), one message each. */
export function checkParameters(parameters: readonly FreeParameter[]): string[] {
  const errors: string[] = [];
  if (parameters.length === 0) errors.push('no parameters to move: give at least one with its bounds');
  for (const p of parameters) {
    if (!isParameterLeaf(p.path)) errors.push(`${p.path}: not a scenario parameter (see handover run --help and src/scenario/scenario.schema.json)`);
    if (!(Number.isFinite(p.min) && Number.isFinite(p.max) && p.min < p.max)) errors.push(`${p.path}: expected bounds min < max, found ${p.min}:${p.max}`);
  }
  return errors;
}

export function withValues(base: Scenario, parameters: readonly FreeParameter[], x: readonly number[]): Scenario {
  return parameters.reduce((scenario, p, i) => applyParameterPath(scenario, p.path, p.integer ? Math.round(x[i]) : x[i]), base);
}

/** Every replication of a scenario, with its replication seeds (src/batch/seeds.ts), in replication order. */
export function replicationResults(scenario: Scenario, replications: number, runner: Runner): Promise<RunResult[]> {
  return Promise.all(replicationSeeds(scenario.run.seed, replications).map((seed) => runner(scenario, seed)));
}

/** Runs every replication of a scenario and compares the means with the targets. */
export async function evaluateScenario(scenario: Scenario, targets: readonly Target[], replications: number, runner: Runner): Promise<TargetFit[]> {
  return fitTargets(targets, await replicationResults(scenario, replications, runner));
}

function readPath(scenario: Scenario, path: string): number {
  const node = getPath(scenario, path);
  return typeof node === 'number' ? node : NaN;
}

export async function calibrate(options: CalibrateOptions): Promise<CalibrateResult> {
  const { base, targets, parameters, replications, runner } = options;
  const start = parameters.map((p) => {
    const v = readPath(base, p.path);
    return Number.isFinite(v) ? Math.min(p.max, Math.max(p.min, v)) : (p.min + p.max) / 2;
  });
  let lastFits: TargetFit[] = [];
  const result = await nelderMead(
    async (x) => {
      lastFits = await evaluateScenario(withValues(base, parameters, x), targets, replications, runner);
      return objective(lastFits);
    },
    {
      start,
      bounds: parameters,
      maxEvaluations: options.maxEvaluations,
      restarts: options.restarts,
      random: options.random,
      onEvaluation: (evaluation) => options.onEvaluation?.(evaluation, lastFits),
    },
  );
  const scenario = withValues(base, parameters, result.x);
  const fits = await evaluateScenario(scenario, targets, replications, runner);
  const values = Object.fromEntries(parameters.map((p, i) => [p.path, p.integer ? Math.round(result.x[i]) : result.x[i]]));
  return { scenario, values, fits, objective: objective(fits), evaluations: result.evaluations };
}
