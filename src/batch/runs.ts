/**
 * The runs of a sweep: every (design point × replication), numbered point-major, each with a key and a
 * seed that depend only on the sweep (replication r of every point runs with seed + r: src/batch/seeds.ts). Keys are zero-padded so that their text order is run order
 * (`p0003-r0012`); every output is written in this order, never in the order runs finish.
 * A shard K of N takes every run whose number is K−1 modulo N: design points of every kind are spread
 * across shards, so shards take about the same time.
 */
import { replicationSeed } from './seeds.js';

export interface PlannedRun {
  /** Position in run order, from 0. */
  index: number;
  key: string;
  point: number;
  replication: number;
  seed: number;
}

export interface Shard {
  /** 1-based, as written on the command line ("--shard 2/4"). */
  index: number;
  count: number;
}

const width = (n: number): number => Math.max(4, String(Math.max(0, n - 1)).length);

export function runKey(point: number, replication: number, points: number, replications: number): string {
  return `p${String(point).padStart(width(points), '0')}-r${String(replication).padStart(width(replications), '0')}`;
}

export function planRuns(points: number, replications: number, baseSeed: number): PlannedRun[] {
  const runs: PlannedRun[] = [];
  for (let point = 0; point < points; point++) {
    for (let replication = 0; replication < replications; replication++) {
      runs.push({ index: runs.length, key: runKey(point, replication, points, replications), point, replication, seed: replicationSeed(baseSeed, replication) });
    }
  }
  return runs;
}

export function inShard(run: PlannedRun, shard: Shard | undefined): boolean {
  return shard === undefined || run.index % shard.count === shard.index - 1;
}

/** "K/N" with 1 ≤ K ≤ N, or a message saying what is wrong. */
export function parseShard(text: string): Shard | string {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return `expected K/N, e.g. 2/4, found "${text}"`;
  const [index, count] = [Number(m[1]), Number(m[2])];
  if (count < 1 || index < 1 || index > count) return `expected K/N with 1 ≤ K ≤ N, found "${text}"`;
  return { index, count };
}

/**
 * The shard of a Slurm array task: K = SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN + 1 and
 * N = SLURM_ARRAY_TASK_COUNT, so `--array=0-3` and `--array=1-4` both give shards 1/4 … 4/4.
 * Undefined outside an array job; a message when the variables do not make a shard (e.g. a stepped
 * array like `--array=0-6:2`, whose task ids are not consecutive).
 */
export function shardFromSlurm(env: Record<string, string | undefined>): Shard | string | undefined {
  const id = env.SLURM_ARRAY_TASK_ID;
  const count = env.SLURM_ARRAY_TASK_COUNT;
  if (id === undefined || count === undefined || id === '' || count === '') return undefined;
  const min = env.SLURM_ARRAY_TASK_MIN ?? '0';
  const max = env.SLURM_ARRAY_TASK_MAX;
  const [i, n, lo] = [Number(id), Number(count), Number(min)];
  if (![i, n, lo].every(Number.isSafeInteger)) return `SLURM_ARRAY_TASK_ID=${id}, SLURM_ARRAY_TASK_COUNT=${count}, SLURM_ARRAY_TASK_MIN=${min} are not whole numbers`;
  if (max !== undefined && Number(max) - lo + 1 !== n) return `the array's task ids must be consecutive (SLURM_ARRAY_TASK_MIN=${min}, SLURM_ARRAY_TASK_MAX=${max}, SLURM_ARRAY_TASK_COUNT=${count}); use --array=0-${n - 1} or pass --shard`;
  const index = i - lo + 1;
  if (index < 1 || index > n) return `SLURM_ARRAY_TASK_ID=${id} is outside ${lo}…${lo + n - 1}`;
  return { index, count: n };
}
