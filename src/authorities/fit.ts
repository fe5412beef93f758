/**
 * Fitting one authority to its published rates with few evaluations. Each calibrated figure has one
 * parameter that moves it most (scenario.ts CALIBRATED), so the search is a Newton step per figure in
 * log–log space: from the starting point (the default's values scaled by the authority's rates), the
 * parameter moves by (log target − log simulated) / elasticity, the elasticity starting from a
 * measured-on-the-default guess and updated by the secant through the last two evaluations. Every
 * evaluation runs the same seeds (common random numbers). The best evaluation is then run again with
 * more replications; that run is the fit's quality. Pure: the runner and the scenario builder are
 * passed in.
 */
import { replicationResults } from '../calibrate/calibrate.js';
import { fitTargets, type TargetFit } from '../calibrate/stats.js';
import type { Target } from '../calibrate/targets.js';
import type { RunResult } from '../metrics/fields.js';
import type { Scenario } from '../scenario/types.js';
import { CALIBRATED, type FitParameter, type FitValues } from './scenario.js';

export type Runner = (scenario: Scenario, seed: number) => Promise<RunResult>;

/** How strongly each figure answers its parameter (d log figure / d log parameter): starting guesses. */
const ELASTICITY: Record<FitParameter, number> = {
  'turnover.baseAnnualRate': 0.9,
  'recruitment.successProbability': -0.7,
  'agency.supplyPerWeek': 0.8,
  caseHoldingPosts: -1,
  'reReferral.baseProbability': 0.8,
};
/** Largest move of one step, in log units (a factor of e^0.7 ≈ 2). */
const MAX_STEP = 0.7;
/** Rates are compared in logs; a rate of zero is taken as this. */
const FLOOR = 0.005;

/** What the model predicts for children's continuity: not fitted, reported beside the fit. */
export const PREDICTIONS = ['lacShare3PlusWorkers52w', 'shareChanged26w', 'lacShareChanged52w'] as const;

export interface FitSettings {
  /** Replications of each search evaluation: the scenario's seeds run.seed + 0…N−1 (src/batch/seeds.ts). */
  replications: number;
  /** Replications of the final check of the best values, with the same seeds. */
  checkReplications: number;
  years: number;
  maxEvaluations: number;
  /** A folder of earlier fits whose values were the starting point (a second pass), if any. */
  startFrom?: string;
}

export interface FitFigure {
  id: string;
  field: string;
  target: number;
  tolerance: number;
  mean: number;
  low: number;
  high: number;
  within: boolean;
  weight: number;
}

export interface AuthorityFit {
  code: string;
  name: string;
  settings: FitSettings;
  evaluations: number;
  values: FitValues;
  /** Calibrated figures (weight 1) and demand checks (weight 0), over checkReplications seeds. */
  figures: FitFigure[];
  predictions: Record<(typeof PREDICTIONS)[number], number>;
  /** Calibrated figures within tolerance, of those published. */
  within: number;
  of: number;
}

const r6 = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(6)) : x);

interface Evaluation {
  values: FitValues;
  fits: TargetFit[];
  score: number;
}

function score(fits: readonly TargetFit[]): number {
  const fitted = fits.filter((f) => (f.target.weight ?? 1) > 0);
  return fitted.reduce((sum, f) => sum + f.z * f.z, 0) / Math.max(1, fitted.length);
}

async function evaluate(values: FitValues, build: (v: FitValues) => Scenario, targets: readonly Target[], n: number, years: number, runner: Runner): Promise<{ fits: TargetFit[]; results: RunResult[] }> {
  const scenario = build(values);
  const results = await replicationResults({ ...scenario, run: { ...scenario.run, years } }, n, runner);
  return { fits: fitTargets(targets, results), results };
}

export interface FitRequest {
  code: string;
  name: string;
  start: FitValues;
  /** Parameter bounds (the caseload's depends on the authority's size). */
  bounds: Record<FitParameter, [number, number]>;
  targets: readonly Target[];
  build: (values: FitValues) => Scenario;
  runner: Runner;
  settings: FitSettings;
}

export async function fitAuthority(request: FitRequest): Promise<AuthorityFit> {
  const { targets, build, runner, settings, bounds } = request;
  const moved = CALIBRATED.filter((c) => targets.some((t) => t.id === c.id));
  const elasticity = { ...ELASTICITY };
  let values = { ...request.start };
  let previous: Evaluation | undefined;
  let best: Evaluation | undefined;
  let evaluations = 0;
  while (evaluations < settings.maxEvaluations) {
    const { fits } = await evaluate(values, build, targets, settings.replications, settings.years, runner);
    evaluations++;
    const current = { values, fits, score: score(fits) };
    if (!best || current.score < best.score) best = current;
    if (fits.every((f) => (f.target.weight ?? 1) === 0 || Math.abs(f.z) <= 0.5)) break;
    const next = { ...values };
    for (const c of moved) {
      const fit = fits.find((f) => f.target.id === c.id)!;
      const p = c.parameter;
      if (previous) {
        const before = previous.fits.find((f) => f.target.id === c.id)!;
        const dx = Math.log(values[p]) - Math.log(previous.values[p]);
        const dy = Math.log(Math.max(fit.mean, FLOOR)) - Math.log(Math.max(before.mean, FLOOR));
        const secant = dy / dx;
        if (Math.abs(dx) > 0.02 && Math.sign(secant) === Math.sign(ELASTICITY[p]) && Math.abs(secant) > 0.1 && Math.abs(secant) < 5) elasticity[p] = secant;
      }
      if (Math.abs(fit.z) <= 0.25) continue;
      const step = (Math.log(Math.max(fit.target.value, FLOOR)) - Math.log(Math.max(fit.mean, FLOOR))) / elasticity[p];
      const [lo, hi] = bounds[p];
      next[p] = Math.min(hi, Math.max(lo, values[p] * Math.exp(Math.max(-MAX_STEP, Math.min(MAX_STEP, step)))));
    }
    previous = current;
    values = next;
  }
  // The values as the scenario file will hold them (four significant figures), so the check runs what ships.
  const chosen = Object.fromEntries(Object.entries(best!.values).map(([k, v]) => [k, Number(v.toPrecision(4))])) as unknown as FitValues;
  const { fits, results } = await evaluate(chosen, build, targets, settings.checkReplications, settings.years, runner);
  const mean = (field: string): number => results.reduce((sum, r) => sum + (r.summary[field as keyof RunResult['summary']] as number), 0) / results.length;
  const figures = fits.map((f) => ({ id: f.target.id, field: f.target.field, target: f.target.value, tolerance: f.target.tolerance, mean: r6(f.mean), low: r6(f.ci95Low), high: r6(f.ci95High), within: f.within, weight: f.target.weight ?? 1 }));
  const calibrated = figures.filter((f) => f.weight > 0);
  return {
    code: request.code,
    name: request.name,
    settings,
    evaluations,
    values: chosen,
    figures,
    predictions: Object.fromEntries(PREDICTIONS.map((field) => [field, r6(mean(field))])) as AuthorityFit['predictions'],
    within: calibrated.filter((f) => f.within).length,
    of: calibrated.length,
  };
}
