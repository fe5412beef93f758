/**
 * Runs a scenario in Web Workers through the shared pool (src/workers/pool.ts): one run or many
 * replications spread over the workers, with streamed rows of the first run for live drawing, progress
 * over all runs, and cancellation through an AbortSignal. Replication seeds follow the one scheme of
 * src/batch/seeds.ts (run.seed + r), so `handover sweep` of the same scenario reproduces the band.
 */
import { replicationSeed } from '../batch/seeds.js';
import type { RunResult, SeriesField } from '../metrics/fields.js';
import type { Scenario } from '../scenario/types.js';
import { createPool, type Pool, type WorkerHandle } from '../workers/pool.js';

export interface RunUpdate {
  /** Weeks done over all runs / weeks in total. */
  fraction: number;
  /** Rows of the first run received so far, column by column. */
  rows: Record<string, number[]>;
  weeksSoFar: number;
}

function webWorker(): WorkerHandle {
  const worker = new Worker(new URL('../workers/browser.ts', import.meta.url), { type: 'module' });
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    listen: (handler) => worker.addEventListener('message', (event) => handler(event.data)),
    terminate: () => worker.terminate(),
    onFailure: (handler) => worker.addEventListener('error', (event) => handler(new Error(event.message || 'the worker failed'))),
  };
}

let pool: Pool | undefined;

/**
 * How often a running replication sends its new rows and progress. The page redraws a running run at
 * most every 250 ms (runController.ts), so rows sent more often are never drawn; sent every 13 weeks, a
 * decade's 40 messages cost the page more than drawing it (docs/performance.md, "Browser: press Run to
 * drawn"). The first rows come after the first chunk of weeks, so the run is seen at once.
 */
const STREAM_EVERY_MS = 100;

export function workerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores - 1));
}

function getPool(): Pool {
  pool ??= createPool(Array.from({ length: workerCount() }, webWorker));
  return pool;
}

let warming: AbortController | undefined;

/**
 * Runs the scenario once in every engine worker, the result thrown away, so that the user's first Run
 * meets optimised code: in a fresh engine the second decade still takes about twice as long as a warm
 * one, because V8 optimises the weekly loop's functions over the first two (docs/performance.md). The
 * page calls it once its own first run is done; any run asked for meanwhile cancels it.
 */
export function warmWorkers(scenario: Scenario, pool: Pool = getPool()): void {
  warming?.abort();
  const abort = new AbortController();
  warming = abort;
  const weeks = scenario.run.years * 52;
  for (let i = 0; i < pool.size; i++) {
    // A cancelled or failed warm-up matters to no one: a failed worker fails the next real run too.
    pool.run({ scenario, options: { seed: scenario.run.seed, streamEveryWeeks: weeks }, signal: abort.signal }).catch(() => undefined);
  }
}

export async function runReplications(
  scenario: Scenario,
  replications: number,
  onUpdate: (update: RunUpdate) => void,
  signal: AbortSignal,
  pool: Pool = getPool(),
): Promise<RunResult[]> {
  warming?.abort();
  warming = undefined;
  const total = replications * scenario.run.years * 52;
  const done = new Array<number>(replications).fill(0);
  const rows: Record<string, number[]> = {};
  let weeksSoFar = 0;
  const runs = Array.from({ length: replications }, (_, i) =>
    pool.run({
      scenario,
      // Replication 0 has the scenario's own seed, so one run equals the CLI's run byte for byte.
      options: { seed: replicationSeed(scenario.run.seed, i), streamEveryMs: STREAM_EVERY_MS },
      signal,
      onProgress: (progress) => {
        done[i] = progress.done;
        if (i === 0) {
          for (const [field, column] of Object.entries(progress.rows)) {
            const target = (rows[field] ??= []);
            for (let k = 0; k < column.length; k++) target[progress.from + k] = column[k];
          }
          weeksSoFar = progress.from + (progress.rows.week?.length ?? 0);
        }
        onUpdate({ fraction: done.reduce((a, b) => a + b, 0) / total, rows, weeksSoFar });
      },
    }),
  );
  return Promise.all(runs);
}

export type StreamedRows = Record<SeriesField, number[]>;
