/**
 * Small hand-made RunResults for the output tests: every series is a simple function of the week, so
 * a test can write the expected cells out by hand.
 */
import { SERIES_FIELD_NAMES, SUMMARY_FIELD_NAMES, type RunResult, type Series, type Summary } from '../../src/metrics/fields.js';

export function fakeResult(weeks = 3, overrides: Partial<Summary> = {}): RunResult {
  const series = {} as Series;
  SERIES_FIELD_NAMES.forEach((name, i) => {
    series[name] = Float64Array.from({ length: weeks }, (_, t) => (name === 'week' ? t + 1 : i + t / 3));
  });
  const summary = {} as Summary;
  for (const name of SUMMARY_FIELD_NAMES) summary[name] = 0;
  Object.assign(summary, {
    reportingWeeks: weeks,
    turnoverRate: 0.159,
    vacancyRate: 0.189,
    agencyRate: 0.179,
    meanCaseload: 16,
    shareChanged26w: 0.298,
    shareChanged3Plus26w: 0.021,
    shareWith3PlusWorkers: 0.187,
    lacShare3PlusWorkers52w: 0.27,
    reReferralRate12m: 0.224,
    changesPerCaseYear: 2.18,
    changesLeaverShare: 0.25,
    changesHandoverShare: 0.5,
    changesAgencyEndShare: 0.25,
    costPerYear: 14_685_560.77,
    agencyCostPerYear: 2_939_130,
    overtimeCostPerYear: 0,
    overspendPerYear: -1_314_439.23,
    ...overrides,
  });
  return { scenarioName: 'Fake authority', seed: 7, warmupWeeks: 104, weeks, series, summary };
}
