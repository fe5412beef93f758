/**
 * The one pool of engine workers on Node worker_threads, for every command that runs many
 * simulations (sweep, sensitivity, calibrate) and the calibration report. It runs the compiled entry
 * build/workers/node.js (this module sits in build/node/, beside build/workers/). A worker that
 * crashes outright (not an engine error, which comes back as a rejected run) fails its run and is
 * dropped by the pool, and is also reported through onCrash, so a command can stop at once rather
 * than wait for runs still going on other workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RunResult } from '../metrics/fields.js';
import type { Scenario } from '../scenario/types.js';
import { createPool, type Pool, type WorkerHandle } from '../workers/pool.js';

export const WORKER_ENTRY = new URL('../workers/node.js', import.meta.url);

/** One engine worker as a pool handle; it reports an uncaught error or an unexpected exit as a failure. */
export function nodeWorker(entry: URL = WORKER_ENTRY): WorkerHandle {
  const worker = new Worker(entry);
  // terminate() makes the thread exit with code 1: that is a close, not a failure.
  let closing = false;
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    listen: (handler) => worker.on('message', handler),
    terminate: () => {
      closing = true;
      void worker.terminate();
    },
    onFailure: (handler) => {
      worker.on('error', (error) => {
        if (!closing) handler(error);
      });
      worker.on('exit', (code) => {
        if (!closing && code !== 0) handler(new Error(`the worker exited with code ${code}`));
      });
    },
  };
}

export interface NodePoolOptions {
  /** Called once per worker that dies. */
  onCrash?: (error: Error) => void;
  /** The compiled worker entry; scripts and tests run from the sources pass build/workers/node.js. */
  entry?: URL;
}

/** `size` workers (one per core by default). */
export function createNodePool(size = availableParallelism(), { onCrash, entry }: NodePoolOptions = {}): Pool {
  const handles: WorkerHandle[] = [];
  for (let i = 0; i < Math.max(1, size); i++) {
    const handle = nodeWorker(entry);
    if (onCrash) handle.onFailure?.(onCrash);
    handles.push(handle);
  }
  return createPool(handles);
}

/** A runner for src/calibrate: one seed of one scenario on the pool, `years` reporting years, no streamed rows. */
export function poolRunner(pool: Pool, years?: number): (scenario: Scenario, seed: number) => Promise<RunResult> {
  return (scenario, seed) => pool.run({ scenario, options: { seed, years, streamEveryWeeks: Number.MAX_SAFE_INTEGER } });
}
