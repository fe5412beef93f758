/**
 * How close replications come to each target: the mean of the target's field over replications with
 * its 95% interval (src/batch/stats.ts, the one interval of sweeps and calibration), and whether the
 * mean is within tolerance.
 */
import { describe, type Interval } from '../batch/stats.js';
import type { RunResult } from '../metrics/fields.js';
import { targetValue, type Target } from './targets.js';

export interface TargetFit extends Interval {
  target: Target;
  within: boolean;
  /** (mean − value) / tolerance: within tolerance when |z| ≤ 1. */
  z: number;
}

export function fitTargets(targets: readonly Target[], results: readonly RunResult[]): TargetFit[] {
  return fitTargetValues(targets, targetValues(targets, results));
}

/** Each target's field in every replication: targets × replications, all an evaluation needs to be scored again. */
export function targetValues(targets: readonly Target[], results: readonly RunResult[]): number[][] {
  return targets.map((target) => results.map((r) => targetValue(r, target.field)));
}

/** fitTargets from each target's replication values (targetValues), as a resumed search reads them back. */
export function fitTargetValues(targets: readonly Target[], values: readonly (readonly number[])[]): TargetFit[] {
  return targets.map((target, i) => {
    const interval = describe(values[i]);
    const z = (interval.mean - target.value) / target.tolerance;
    return { ...interval, target, z, within: Math.abs(z) <= 1 };
  });
}

/** The calibration objective: weighted mean of squared standardised errors; 1 or less when every target is just within tolerance. */
export function objective(fits: readonly TargetFit[]): number {
  let sum = 0;
  let weights = 0;
  for (const fit of fits) {
    const w = fit.target.weight ?? 1;
    sum += w * (Number.isFinite(fit.z) ? fit.z * fit.z : 1e6);
    weights += w;
  }
  return weights > 0 ? sum / weights : 0;
}
