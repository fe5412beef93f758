/**
 * Fitting one authority to its published rates with few evaluations. Each calibrated figure has one
 * parameter that moves it most (scenario.ts CALIBRATED), but the figures are coupled: a higher turnover
 * also raises vacancies and so agency cover, a better recruitment lowers both. So every step is a joint
 * Newton step in log–log space: it solves J·Δlog(parameters) = log(targets) − log(simulated) with J
 * the matrix of elasticities (d log figure / d log parameter), starting from the couplings measured
 * on typical authorities and corrected after each evaluation by Broyden's update from what the step
 * actually did. Every evaluation runs the same seeds (common random numbers) with the values rounded
 * as the scenario file will hold them, so the final check of the best values over more replications
 * reuses that evaluation's runs and adds only the further seeds. The search stops as soon as every
 * figure is well within tolerance. Pure: the runner and the scenario builder are passed in.
 */
import { replicationSeed } from '../batch/seeds.js';
import { fitTargets, type TargetFit } from '../calibrate/stats.js';
import type { Target } from '../calibrate/targets.js';
import type { RunResult } from '../metrics/fields.js';
import type { Scenario } from '../scenario/types.js';
import { CALIBRATED, type FitParameter, type FitValues } from './scenario.js';

export type Runner = (scenario: Scenario, seed: number) => Promise<RunResult>;

/**
 * Starting elasticities, rows the figures and columns the parameters, both in CALIBRATED order
 * (turnover, vacancy, agency, caseload, re-referrals). Measured by raising each parameter by 35% over
 * 4 seeds on Gloucestershire and Hull (2 reporting years), rounded: turnover feeds vacancies and
 * agency cover; recruitment lowers both; the agency rate answers its supply by 0.1 where the cover
 * (agency.maxShareOfVacancies) binds and 0.4 where the supply does, so 0.5 lets the first step err
 * towards too large; more case-holding posts lower the caseload and, with more posts to fill, raise
 * vacancies a little. Broyden's update then learns each authority's own.
 */
const JACOBIAN: readonly (readonly number[])[] = [
  [1, 0, 0.1, 0, 0],
  [1.3, -0.75, 0.15, 0.2, 0],
  [1.3, -0.75, 0.5, 0.2, 0],
  [0, 0, 0, -0.8, 0],
  [0, 0, 0, 0, 0.45],
];
/** Largest move of one step in any parameter, in log units (a factor of e^0.7 ≈ 2); the step keeps its direction. */
const MAX_STEP = 0.7;
/** Rates are compared in logs; a rate of zero is taken as this. */
const FLOOR = 0.005;
/** A figure this close to its target (in tolerances) is taken as hit: chasing it would chase noise. */
const HIT = 0.25;
/** The search stops once every figure is this close (in tolerances): the check over more seeds then keeps it within. */
const DONE = 0.5;
/** Broyden's corrections may not turn an own-parameter elasticity's sign nor make it smaller than this or larger than 3. */
const MIN_OWN = 0.3;

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
  /** Where the search started (the authority file's calibrated values, an earlier fit, or the default scaled). */
  start: FitValues;
  /** Every search evaluation: its values and each calibrated figure's distance from target in tolerances (z). */
  search: { values: FitValues; z: Record<string, number> }[];
  values: FitValues;
  /** Calibrated figures (weight 1) and demand checks (weight 0), over checkReplications seeds. */
  figures: FitFigure[];
  predictions: Record<(typeof PREDICTIONS)[number], number>;
  /** Calibrated figures within tolerance, of those published. */
  within: number;
  of: number;
}

const r6 = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(6)) : x);

/** The values as the scenario file holds them (four significant figures), so every evaluation runs what ships. */
const asWritten = (values: FitValues): FitValues => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v.toPrecision(4))])) as unknown as FitValues;

interface Evaluation {
  values: FitValues;
  fits: TargetFit[];
  results: RunResult[];
  score: number;
}

function score(fits: readonly TargetFit[]): number {
  const fitted = fits.filter((f) => (f.target.weight ?? 1) > 0);
  return fitted.reduce((sum, f) => sum + f.z * f.z, 0) / Math.max(1, fitted.length);
}

/** Replications from..to−1 of the values (seeds run.seed + r, src/batch/seeds.ts), in replication order. */
function runReplications(values: FitValues, build: (v: FitValues) => Scenario, from: number, to: number, years: number, runner: Runner): Promise<RunResult[]> {
  const scenario = build(values);
  const run = { ...scenario, run: { ...scenario.run, years } };
  return Promise.all(Array.from({ length: Math.max(0, to - from) }, (_, k) => runner(run, replicationSeed(scenario.run.seed, from + k))));
}

/** Solves a·x = b by Gaussian elimination with partial pivoting; undefined when a is (nearly) singular. */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] | undefined {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) < 1e-9) return undefined;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let k = col; k <= n; k++) m[r][k] -= f * m[col][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r][n];
    for (let k = r + 1; k < n; k++) sum -= m[r][k] * x[k];
    x[r] = sum / m[r][r];
  }
  return x;
}

/**
 * Broyden's rank-one correction of the elasticities from one step (dx in, dy out), with the own
 * elasticities kept on the side and within the range the model gives, so a noisy step cannot turn the
 * search round.
 */
export function broydenUpdate(j: number[][], dx: readonly number[], dy: readonly number[], own: readonly number[]): void {
  const norm = dx.reduce((sum, d) => sum + d * d, 0);
  if (norm < 0.02 * 0.02) return;
  for (let r = 0; r < j.length; r++) {
    const predicted = j[r].reduce((sum, e, c) => sum + e * dx[c], 0);
    for (let c = 0; c < dx.length; c++) j[r][c] += ((dy[r] - predicted) * dx[c]) / norm;
    for (let c = 0; c < dx.length; c++) {
      if (r === c) j[r][c] = Math.sign(own[r]) * Math.min(3, Math.max(MIN_OWN, Math.sign(own[r]) * j[r][c]));
      else j[r][c] = Math.min(3, Math.max(-3, j[r][c]));
    }
  }
}

const logRate = (x: number): number => Math.log(Math.max(x, FLOOR));

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
  const moved = CALIBRATED.map((c, index) => ({ ...c, index })).filter((c) => targets.some((t) => t.id === c.id));
  const jacobian = moved.map((row) => moved.map((col) => JACOBIAN[row.index][col.index]));
  const own = moved.map((c) => JACOBIAN[c.index][c.index]);
  // What the search's few seeds are known to miss by, per figure, once a check over more seeds has measured it.
  const offset = new Map<string, number>();
  const corrected = (fits: TargetFit[]): TargetFit[] =>
    fits.map((f) => {
      const mean = f.mean + (offset.get(f.target.id) ?? 0);
      const z = (mean - f.target.value) / f.target.tolerance;
      return { ...f, mean, z, within: Math.abs(z) <= 1 };
    });
  const evaluate = async (values: FitValues): Promise<Evaluation> => {
    const results = await runReplications(values, build, 0, settings.replications, settings.years, runner);
    const fits = corrected(fitTargets(targets, results));
    return { values, fits, results, score: score(fits) };
  };
  const figureOf = (e: Evaluation, id: string): TargetFit => e.fits.find((f) => f.target.id === id)!;
  const zs = (e: Evaluation): Record<string, number> => Object.fromEntries(moved.map((c) => [c.id, Number(figureOf(e, c.id).z.toFixed(3))]));
  const done = (e: Evaluation, within: number): boolean => e.fits.every((f) => (f.target.weight ?? 1) === 0 || Math.abs(f.z) <= within);
  // The check: the same values over checkReplications seeds, the first of them the evaluation's own runs.
  const extend = async (e: Evaluation): Promise<Evaluation> => {
    const more = await runReplications(e.values, build, e.results.length, settings.checkReplications, settings.years, runner);
    const results = [...e.results.slice(0, settings.checkReplications), ...more];
    const fits = fitTargets(targets, results);
    return { values: e.values, fits, results, score: score(fits) };
  };
  let values = asWritten(request.start);
  let previous: Evaluation | undefined;
  let best: Evaluation | undefined;
  let checked: Evaluation | undefined;
  let evaluations = 0;
  const search: AuthorityFit['search'] = [];
  for (;;) {
    let current = await evaluate(values);
    evaluations++;
    if (!best || current.score < best.score) best = current;
    const last = evaluations >= settings.maxEvaluations;
    // The start is checked at once (a good start then needs nothing more), and so is any point the few
    // seeds call done, since they can look done by luck; a check that misses gives a better estimate to step from.
    if (evaluations === 1 || last || done(current, DONE)) {
      checked = await extend(last ? best : current);
      if (done(checked, 1) || last) {
        search.push({ values: checked.values, z: zs(checked) });
        break;
      }
      // Common random numbers: the search's seeds are the check's first seeds, so their luck at these
      // values is their luck nearby too, and later evaluations are corrected by it (a control variate).
      const few = fitTargets(targets, checked.results.slice(0, settings.replications));
      for (const f of checked.fits) offset.set(f.target.id, f.mean - few.find((g) => g.target.id === f.target.id)!.mean);
      // The check replaces the few seeds' view of these values, as the best too if it was.
      if (best === current || checked.score < best.score) best = checked;
      current = checked;
    }
    search.push({ values, z: zs(current) });
    if (previous) {
      const dx = moved.map((c) => Math.log(current.values[c.parameter]) - Math.log(previous!.values[c.parameter]));
      const dy = moved.map((c) => logRate(figureOf(current, c.id).mean) - logRate(figureOf(previous!, c.id).mean));
      broydenUpdate(jacobian, dx, dy, own);
    }
    const residual = moved.map((c) => {
      const fit = figureOf(current, c.id);
      return Math.abs(fit.z) <= HIT ? 0 : logRate(fit.target.value) - logRate(fit.mean);
    });
    // A singular matrix (a Broyden correction gone flat) falls back to each figure's own parameter.
    const step = solveLinear(jacobian, residual) ?? residual.map((r, i) => r / own[i]);
    const largest = Math.max(...step.map(Math.abs));
    const shrink = largest > MAX_STEP ? MAX_STEP / largest : 1;
    const next = { ...values };
    // After a step that made things worse, the next point is halfway between the best so far and where the step points.
    const worse = current.score > best.score;
    moved.forEach((c, i) => {
      const [lo, hi] = bounds[c.parameter];
      const p = c.parameter;
      const aim = Math.log(values[p]) + step[i] * shrink;
      next[p] = Math.min(hi, Math.max(lo, Math.exp(worse ? (aim + Math.log(best!.values[p])) / 2 : aim)));
    });
    previous = current;
    values = asWritten(next);
  }
  const chosen = checked;
  const results = chosen.results;
  const fits = chosen.fits;
  const mean = (field: string): number => results.reduce((sum, r) => sum + (r.summary[field as keyof RunResult['summary']] as number), 0) / results.length;
  const figures = fits.map((f) => ({ id: f.target.id, field: f.target.field, target: f.target.value, tolerance: f.target.tolerance, mean: r6(f.mean), low: r6(f.ci95Low), high: r6(f.ci95High), within: f.within, weight: f.target.weight ?? 1 }));
  const calibrated = figures.filter((f) => f.weight > 0);
  return {
    code: request.code,
    name: request.name,
    settings,
    evaluations,
    start: asWritten(request.start),
    search,
    values: chosen.values,
    figures,
    predictions: Object.fromEntries(PREDICTIONS.map((field) => [field, r6(mean(field))])) as AuthorityFit['predictions'],
    within: calibrated.filter((f) => f.within).length,
    of: calibrated.length,
  };
}
