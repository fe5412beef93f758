/**
 * Is the baseline steady? With no change of policy an authority's headline measures should not move by
 * themselves, or every long comparison is made against a drifting baseline. Compares the mean of the
 * first years of a run with the mean of its last years, over replications, against a tolerance per
 * measure (issue 14: ±1 point for the workforce rates, ±0.5 cases, ±1 week of drift, ±2 points for each
 * continuity share). Used by test/metrics/steadiness.test.ts and docs/calibration.md.
 */
import type { Series, SeriesField } from './fields.js';

export interface SteadyMeasure {
  field: SeriesField;
  /** Largest allowed |late − early|, in the field's own unit. */
  tolerance: number;
  /** Shown as percentage points. */
  share: boolean;
}

export const STEADY_MEASURES: readonly SteadyMeasure[] = [
  { field: 'turnoverRate', tolerance: 0.01, share: true },
  { field: 'vacancyRate', tolerance: 0.01, share: true },
  { field: 'agencyRate', tolerance: 0.01, share: true },
  { field: 'meanCaseload', tolerance: 0.5, share: false },
  { field: 'meanDriftWeeks', tolerance: 1, share: false },
  { field: 'shareChanged26w', tolerance: 0.02, share: true },
  { field: 'shareWith3PlusWorkers', tolerance: 0.02, share: true },
  { field: 'lacShare3PlusWorkers52w', tolerance: 0.02, share: true },
  { field: 'lacShareChanged52w', tolerance: 0.02, share: true },
];

export interface SteadyRow extends SteadyMeasure {
  early: number;
  late: number;
  change: number;
  steady: boolean;
}

/** Mean of a weekly series over reporting years [fromYear, toYear] (1-based, inclusive), skipping weeks with no value. */
export function yearsMean(values: Float64Array, fromYear: number, toYear: number): number {
  let sum = 0, n = 0;
  for (let t = (fromYear - 1) * 52; t < Math.min(values.length, toYear * 52); t++) {
    if (Number.isFinite(values[t])) {
      sum += values[t];
      n++;
    }
  }
  return n > 0 ? sum / n : NaN;
}

/** The first `span` years against the last `span` years of runs `years` long, averaged over the runs. */
export function baselineDrift(runs: readonly Series[], years: number, span: number): SteadyRow[] {
  return STEADY_MEASURES.map((m) => {
    let early = 0, late = 0;
    for (const series of runs) {
      early += yearsMean(series[m.field], 1, span) / runs.length;
      late += yearsMean(series[m.field], years - span + 1, years) / runs.length;
    }
    const change = late - early;
    return { ...m, early, late, change, steady: Math.abs(change) <= m.tolerance };
  });
}
