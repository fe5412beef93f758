import { describe, expect, it } from 'vitest';
import { planRuns, runSeed } from '../../src/batch/index.js';

describe('runSeed(base, point, replication)', () => {
  it('is pinned: changing the hash would change every published sweep', () => {
    expect([runSeed(1, 0, 0), runSeed(1, 0, 1), runSeed(1, 1, 0), runSeed(7, 3, 19), runSeed(4294967295, 9999, 99999)]).toEqual([
      3602533411, 1765916045, 2329886501, 3107753756, 3164391512,
    ]);
  });

  it('gives whole numbers in the range of run.seed, distinct across a sweep', () => {
    const seeds = planRuns(50, 40, 3).map((r) => r.seed);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s <= 4294967295).toBe(true);
    expect(new Set(seeds).size).toBe(seeds.length);
  });
});
