/**
 * How much simulating a run asks for, known before it starts, in units of one run of the reference
 * (the default preset, ten years: about 0.2 s in a Web Worker, docs/performance.md). The size of a run
 * is the CLI's: agent-steps, (open cases + heads) × weeks simulated, from estimateRun
 * (src/batch/limits.ts), so the browser and the command line judge a run's work by one measure.
 * A link asking for more than HEAVY_RUNS of these waits for the user's Run (docs/ui.md).
 */
import { estimateRun } from '../batch/limits.js';
import type { Scenario } from '../scenario/types.js';

/** Assumption: 25 typical runs take about 5 s of one core; more than that is not started unasked. */
export const HEAVY_RUNS = 25;

/** The work of `replications` runs of `scenario`, in runs of `reference` (the default preset). */
export function runWork(scenario: Scenario, replications: number, reference: Scenario): number {
  return replications * (estimateRun(scenario).agentSteps / estimateRun(reference).agentSteps);
}
