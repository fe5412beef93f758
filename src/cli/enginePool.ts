/**
 * A pool of engine workers on Node worker_threads (the compiled build/workers/node.js, beside this
 * module's folder in build/), one per core by default, shared by commands that run many simulations.
 */
import { availableParallelism } from 'node:os';
import type { RunResult } from '../metrics/fields.js';
import type { Scenario } from '../scenario/types.js';
import { nodeWorker } from '../node/enginePool.js';
import { createPool, type Pool } from '../workers/pool.js';

const ENTRY = new URL('../workers/node.js', import.meta.url);

export function createNodePool(size = availableParallelism(), entry: URL = ENTRY): Pool {
  return createPool(Array.from({ length: Math.max(1, size) }, () => nodeWorker(entry)));
}

/** A runner for src/calibrate: one seed of one scenario on the pool, `years` reporting years. */
export function poolRunner(pool: Pool, years?: number): (scenario: Scenario, seed: number) => Promise<RunResult> {
  return (scenario, seed) => pool.run({ scenario, options: { seed, years, streamEveryWeeks: 1e9 } });
}
