/**
 * Runs a sweep (or one shard of it) into an output folder: scan the folder, skip the runs already
 * done, run the rest on the given runner (this thread or a pool of worker_threads), write each run's
 * files atomically the moment it finishes, and rebuild runs.csv and summary.csv from the per-run files
 * once every run of the sweep is there. The order runs finish in never reaches a file: the per-run
 * files are named by key and the aggregates are built in key order.
 */
import { makeRecord, type RunRecord } from '../batch/records.js';
import { inShard, type PlannedRun, type Shard } from '../batch/runs.js';
import type { Manifest } from '../batch/manifest.js';
import { MANIFEST_FORMAT } from '../batch/manifest.js';
import type { RunResult } from '../metrics/fields.js';
import { seriesToCsv } from '../outputs/csv.js';
import type { Scenario } from '../scenario/types.js';
import type { PreparedSweep } from './loadSweepFile.js';
import { compressSeries, prepareSweepDir, scanSweepDir, writeAggregates, writeManifest, writeRun } from './sweepDir.js';

export type RunOne = (scenario: Scenario, seed: number) => Promise<RunResult>;

export interface SweepOptions {
  dir: string;
  shard?: Shard;
  series: boolean;
  runner: RunOne;
  /** Runs in flight at once: 1 in this thread; about twice the workers for a pool, so none waits on a write. */
  lanes: number;
  /** Manifest fields that describe the invocation rather than the sweep. */
  invocation: Pick<Manifest, 'handoverVersion' | 'nodeVersion' | 'command' | 'sweepFile'>;
  /** Called before the first run (with how many there are to do) and after each run. */
  onProgress?: (done: number, todo: number) => void;
}

export interface SweepReport {
  /** Runs in this shard (all runs without --shard). */
  inShard: number;
  skipped: number;
  ran: number;
  /** True when the folder now holds every run of the sweep and the aggregates were written. */
  complete: boolean;
}

export class SweepDirError extends Error {
  constructor(readonly dir: string, readonly problems: string[]) {
    super(`${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    this.name = 'SweepDirError';
  }
}

export function sweepManifest(p: PreparedSweep, invocation: SweepOptions['invocation'], shard: Shard | undefined, series: boolean): Manifest {
  return {
    format: MANIFEST_FORMAT,
    ...invocation,
    sweepSha256: p.sha256,
    scenarioSha256: p.scenarioSha256,
    name: p.sweep.name ?? '',
    seed: p.sweep.seed ?? 1,
    replications: p.sweep.replications,
    runs: p.runs.length,
    series,
    shard: shard ?? null,
    design: p.design,
  };
}

export async function runSweep(p: PreparedSweep, options: SweepOptions): Promise<SweepReport> {
  const { dir, shard, series } = options;
  const id = { sweepSha256: p.sha256, scenarioSha256: p.scenarioSha256, design: p.design, runs: p.runs };
  const scan = await scanSweepDir(dir, id);
  if (scan.problems.length > 0) throw new SweepDirError(dir, scan.problems);
  const isDone = (run: PlannedRun): boolean => scan.records.has(run.key) && (!series || scan.series.has(run.key));
  const mine = p.runs.filter((run) => inShard(run, shard));
  const todo = mine.filter((run) => !isDone(run));

  await prepareSweepDir(dir, series);
  await writeManifest(dir, sweepManifest(p, options.invocation, shard, series));

  const records = new Map<string, RunRecord>(scan.records);
  let done = 0;
  options.onProgress?.(0, todo.length);
  const finish = async (run: PlannedRun, result: RunResult): Promise<void> => {
    const record = makeRecord(p.sha256, run, p.design.points[run.point], result.summary);
    await writeRun(dir, record, series ? compressSeries(seriesToCsv(result)) : undefined);
    records.set(run.key, record);
    options.onProgress?.(++done, todo.length);
  };
  let next = 0;
  let failed = false;
  // Each lane writes a run's files while its next run simulates, so no engine worker waits for the
  // disk (an atomic write is two flushes, about 5 ms: a tenth of a typical five-year run). At most
  // one write per lane is in flight, a run is recorded only once its files are complete, and every
  // write has finished, or failed, before the sweep returns or stops.
  const lane = async (): Promise<void> => {
    let writing: Promise<void> = Promise.resolve();
    try {
      while (!failed && next < todo.length) {
        const run = todo[next++];
        const result = await options.runner(p.scenarios[run.point], run.seed);
        await writing;
        writing = finish(run, result);
        // Handled here so a failure while the next run simulates is not an unhandled rejection;
        // it is thrown by the `await writing` that follows.
        writing.catch(() => undefined);
      }
      await writing;
    } catch (thrown) {
      failed = true;
      await writing.catch(() => undefined);
      throw thrown;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.lanes, todo.length)) }, lane));

  const complete = p.runs.every((run) => records.has(run.key));
  if (complete) await writeAggregates(dir, p.design, p.runs, records);
  return { inShard: mine.length, skipped: mine.length - todo.length, ran: todo.length, complete };
}
