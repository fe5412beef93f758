import { describe, expect, it } from 'vitest';
import { inShard, parseShard, planRuns, runKey, shardFromSlurm } from '../../src/batch/index.js';

describe('planRuns(points, replications, seed)', () => {
  it('numbers runs point-major with keys whose text order is run order', () => {
    const runs = planRuns(2, 3, 1);
    expect(runs.map((r) => r.key)).toEqual(['p0000-r0000', 'p0000-r0001', 'p0000-r0002', 'p0001-r0000', 'p0001-r0001', 'p0001-r0002']);
    expect([...runs.map((r) => r.key)].sort()).toEqual(runs.map((r) => r.key));
    expect(runKey(3, 12, 20000, 20)).toBe('p00003-r0012');
  });

  it('inShard splits the runs into N disjoint shards that cover them all', () => {
    const runs = planRuns(3, 5, 1);
    const taken = [1, 2, 3, 4].flatMap((index) => runs.filter((r) => inShard(r, { index, count: 4 })).map((r) => r.index));
    expect(taken.sort((a, b) => a - b)).toEqual(runs.map((r) => r.index));
  });
});

describe('parseShard(text) and shardFromSlurm(env)', () => {
  it('parseShard reads K/N and names what is wrong', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('0/4')).toMatch(/1 ≤ K ≤ N/);
    expect(parseShard('5/4')).toMatch(/1 ≤ K ≤ N/);
    expect(parseShard('two')).toMatch(/expected K\/N/);
  });

  it('shardFromSlurm takes SLURM_ARRAY_TASK_MIN as the first shard', () => {
    expect(shardFromSlurm({})).toBeUndefined();
    expect(shardFromSlurm({ SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '3' })).toEqual({ index: 1, count: 4 });
    expect(shardFromSlurm({ SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '4' })).toEqual({ index: 4, count: 4 });
    expect(shardFromSlurm({ SLURM_ARRAY_TASK_ID: '12', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '10', SLURM_ARRAY_TASK_MAX: '12' })).toEqual({ index: 3, count: 3 });
    expect(shardFromSlurm({ SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '6' })).toMatch(/consecutive/);
  });
});
