import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { planRuns, replicationSeed, replicationSeeds } from '../../src/batch/index.js';
import { evaluateScenario } from '../../src/calibrate/index.js';
import type { RunResult } from '../../src/metrics/fields.js';
import { loadSweepFile } from '../../src/node/loadSweepFile.js';
import { runReplications } from '../../src/ui/runner.js';
import type { Pool, PoolRun } from '../../src/workers/pool.js';
import { loadDefault } from '../helpers/scenarios.js';

const tmp = mkdtempSync(join(tmpdir(), 'handover-seeds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('replicationSeed(base, r)', () => {
  it('is the base seed plus the replication, wrapping within the range of run.seed', () => {
    expect(replicationSeeds(1, 4)).toEqual([1, 2, 3, 4]);
    expect(replicationSeeds(4294967294, 3)).toEqual([4294967294, 4294967295, 0]);
  });

  it('gives whole numbers in 0…2³²−1, distinct within a run of at most 2³² replications', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4294967295 }), fc.integer({ min: 1, max: 200 }), (base, n) => {
        const seeds = replicationSeeds(base, n);
        for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s <= 4294967295).toBe(true);
        expect(new Set(seeds).size).toBe(n);
        expect(seeds[0]).toBe(base);
      }),
    );
  });

  it('a sweep gives every design point the same seeds (common random numbers)', () => {
    const runs = planRuns(3, 4, 9);
    for (const run of runs) expect(run.seed).toBe(replicationSeed(9, run.replication));
  });
});

describe('one seed scheme in the browser, handover sweep and handover calibrate', () => {
  const scenario = loadDefault();
  scenario.run.seed = 41;
  const n = 6;

  /** A pool that records the seed of each run and answers with an empty result. */
  function recordingPool(seen: number[]): Pool {
    return {
      size: 1,
      close: () => undefined,
      run: (request: PoolRun) => {
        seen.push(request.options.seed ?? request.scenario.run.seed);
        return Promise.resolve({ weeks: 0, series: {}, summary: {} } as unknown as RunResult);
      },
    };
  }

  it('runReplications (the browser) runs replication r with the seed of replication r of handover sweep and handover calibrate', async () => {
    const browser: number[] = [];
    await runReplications(scenario, n, () => undefined, new AbortController().signal, recordingPool(browser));

    const scenarioFile = join(tmp, 'edited.json');
    writeFileSync(scenarioFile, JSON.stringify({ extends: 'default', run: { seed: 41 } }));
    const sweepFile = join(tmp, 'band.json');
    writeFileSync(sweepFile, JSON.stringify({ scenario: './edited.json', parameters: {}, replications: n }));
    const { prepared, errors } = loadSweepFile(sweepFile);
    expect(errors).toEqual([]);
    const sweep = (prepared?.runs ?? []).map((run) => run.seed);

    const calibrate: number[] = [];
    await evaluateScenario(scenario, [], n, (_, seed) => {
      calibrate.push(seed);
      return Promise.resolve({} as RunResult);
    });

    expect(browser).toEqual([41, 42, 43, 44, 45, 46]);
    expect(sweep).toEqual(browser);
    expect(calibrate).toEqual(browser);
    expect(prepared?.scenarios).toHaveLength(1);
  });
});
