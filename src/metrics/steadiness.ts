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
  /**
   * Standard error of the change: the spread of the runs' own changes over √runs. The workforce's slow
   * staffing loop (docs/model.md, Balancing loops) makes five-year means wander, so at 20 runs this is
   * about 0.7 points for the vacancy rate, near its tolerance.
   */
  standardError: number;
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
    const changes = runs.map((series) => {
      const first = yearsMean(series[m.field], 1, span);
      const last = yearsMean(series[m.field], years - span + 1, years);
      early += first / runs.length;
      late += last / runs.length;
      return last - first;
    });
    const change = late - early;
    const spread = runs.length > 1 ? changes.reduce((sum, c) => sum + (c - change) ** 2, 0) / (runs.length - 1) : NaN;
    return { ...m, early, late, change, standardError: Math.sqrt(spread / runs.length), steady: Math.abs(change) <= m.tolerance };
  });
}
