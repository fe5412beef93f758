/**
 * Replication statistics: the mean of a target's field over replications and its 95% interval for
 * the mean (Student's t with n − 1 degrees of freedom), and whether the mean is within tolerance.
 */
import type { RunResult } from '../metrics/fields.js';
import { targetValue, type Target } from './targets.js';

/** Two-sided 95% Student t quantiles for 1…30 degrees of freedom; 1.96 beyond. */
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

export interface Interval {
  mean: number;
  low: number;
  high: number;
  n: number;
}

export function meanInterval(values: readonly number[]): Interval {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, low: mean, high: mean, n };
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const half = (T95[n - 2] ?? 1.96) * (sd / Math.sqrt(n));
  return { mean, low: mean - half, high: mean + half, n };
}

export interface TargetFit extends Interval {
  target: Target;
  within: boolean;
  /** (mean − value) / tolerance: within tolerance when |z| ≤ 1. */
  z: number;
}

export function fitTargets(targets: readonly Target[], results: readonly RunResult[]): TargetFit[] {
  return targets.map((target) => {
    const interval = meanInterval(results.map((r) => targetValue(r, target.field)));
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
