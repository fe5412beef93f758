/** Flags shared by the batch commands (sweep, merge, sensitivity): --jobs, --shard, --out DIR. */
import { availableParallelism } from 'node:os';
import { parseShard, shardFromSlurm, type Shard } from '../batch/runs.js';
import type { RunOne } from '../node/runSweep.js';
import { createNodePool } from '../node/enginePool.js';
import { runScenario } from '../engine/run.js';
import type { Pool } from '../workers/pool.js';
import { UserError } from './errors.js';

export const MAX_JOBS = 1024;

export function jobsFlag(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_JOBS) throw new UserError(`--jobs: expected a whole number between 1 and ${MAX_JOBS}, found "${text}"`);
  return n;
}

/** --shard K/N, else Slurm's array variables, else no shard (every run). */
export function shardFlag(text: string | undefined, env: Record<string, string | undefined>): Shard | undefined {
  if (text !== undefined) {
    const shard = parseShard(text);
    if (typeof shard === 'string') throw new UserError(`--shard: ${shard}`);
    return shard.count === 1 ? undefined : shard;
  }
  const slurm = shardFromSlurm(env);
  if (typeof slurm === 'string') throw new UserError(`cannot take the shard from Slurm: ${slurm}`);
  return slurm !== undefined && slurm.count > 1 ? slurm : undefined;
}

export function outDirFlag(command: string, text: string | undefined): string {
  if (text === undefined || text === '') throw new UserError(`missing --out DIR: the folder for the results, e.g. handover ${command} … --out results/`);
  return text;
}

/** Runs in this thread for --jobs 1 (no worker start-up); otherwise on a pool of worker_threads started on first use. */
export function engineRunner(jobs: number, onCrash: (error: Error) => void): { run: RunOne; close: () => void; lanes: number } {
  if (jobs === 1) {
    const yieldNow = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    return {
      run: async (scenario, seed) => {
        await yieldNow();
        return runScenario(scenario, { seed });
      },
      close: () => undefined,
      lanes: 1,
    };
  }
  let pool: Pool | undefined;
  return {
    run: (scenario, seed) => {
      pool ??= createNodePool(jobs, { onCrash });
      // One progress message at the end only: the batch runner needs the result, not streamed rows.
      return pool.run({ scenario, options: { seed, streamEveryWeeks: Number.MAX_SAFE_INTEGER } });
    },
    close: () => pool?.close(),
    lanes: jobs * 2,
  };
}
