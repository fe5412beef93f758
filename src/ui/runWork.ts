/**
 * How much simulating a run asks for, known before it starts: weeks simulated (warm-up and reporting)
 * × the authority's size, in units of one ten-year run of the average authority (the default preset,
 * about 0.2 s in a Web Worker: docs/performance.md). Size is the larger of contacts a week and funded
 * posts relative to the reference, since the weekly work grows with children and with workers.
 * A link asking for more than HEAVY_RUNS of these waits for the user's Run (docs/ui.md).
 */
import type { Scenario } from '../scenario/types.js';

/** Assumption: 25 typical runs take about 5 s of one core; more than that is not started unasked. */
export const HEAVY_RUNS = 25;

function posts(s: Scenario): number {
  const e = s.workforce.establishment;
  return e.assessment + e.longTerm + e.inCare + e.nonCaseHolding;
}

function weeks(s: Scenario): number {
  return s.run.warmupWeeks + s.run.years * 52;
}

/** The work of `replications` runs of `scenario`, in ten-year runs of `reference` (the default preset). */
export function runWork(scenario: Scenario, replications: number, reference: Scenario): number {
  const size = Math.max(scenario.demand.contactsPerWeek / reference.demand.contactsPerWeek, posts(scenario) / posts(reference));
  return replications * size * (weeks(scenario) / weeks(reference));
}
