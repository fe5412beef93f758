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
import { fitTargets, fitTargetValues, objective, targetValues, type TargetFit } from './stats.js';
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
  /** Where evaluations are kept as they are made, and found again when an interrupted search is run again. */
  journal?: EvaluationJournal;
}

/**
 * The evaluations of a search, numbered in the order it makes them: 0 is the base scenario, then the
 * search's, then the check of the best values. The search is deterministic, so a search run again
 * with the same inputs asks for the same values in the same order, and a recorded evaluation can stand
 * in for the runs: the result is the same to the byte as a search never interrupted.
 */
export interface EvaluationJournal {
  /** Each target's replication values of evaluation `index`, if it was recorded; a record at other `values` is an error the journal throws. */
  recorded(index: number, values: Record<string, number>): readonly (readonly number[])[] | undefined;
  record(index: number, values: Record<string, number>, targetValues: number[][]): Promise<void>;
}

export interface CalibrateResult {
  scenario: Scenario;
  values: Record<string, number>;
  fits: TargetFit[];
  objective: number;
  evaluations: number;
  /** The base scenario's fits, before any parameter moved. */
  before: TargetFit[];
  /** Evaluations read back from the journal instead of run. */
  replayed: number;
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
  const { base, targets, parameters, replications, runner, journal } = options;
  let made = 0;
  let replayed = 0;
  const evaluate = async (scenario: Scenario, x: readonly number[]): Promise<TargetFit[]> => {
    const index = made++;
    const values = Object.fromEntries(parameters.map((p, i) => [p.path, x[i]]));
    const recorded = journal?.recorded(index, values);
    if (recorded) {
      replayed++;
      return fitTargetValues(targets, recorded);
    }
    // As JSON keeps them (no −0, no infinities), so a search read back from the journal scores exactly the same.
    const fresh = targetValues(targets, await replicationResults(scenario, replications, runner)).map((row) => row.map((v) => (Number.isFinite(v) ? v + 0 : NaN)));
    await journal?.record(index, values, fresh);
    return fitTargetValues(targets, fresh);
  };
  const before = await evaluate(base, parameters.map((p) => readPath(base, p.path)));
  const start = parameters.map((p) => {
    const v = readPath(base, p.path);
    return Number.isFinite(v) ? Math.min(p.max, Math.max(p.min, v)) : (p.min + p.max) / 2;
  });
  let lastFits: TargetFit[] = [];
  const result = await nelderMead(
    async (x) => {
      lastFits = await evaluate(withValues(base, parameters, x), x);
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
  const fits = await evaluate(scenario, result.x);
  const values = Object.fromEntries(parameters.map((p, i) => [p.path, p.integer ? Math.round(result.x[i]) : result.x[i]]));
  return { scenario, values, fits, objective: objective(fits), evaluations: result.evaluations, before, replayed };
}
