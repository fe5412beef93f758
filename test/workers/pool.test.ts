import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import type { Series } from '../../src/metrics/fields.js';
import { CancelledError, createPool, type WorkerHandle } from '../../src/workers/pool.js';
import { loadDefault } from '../helpers/scenarios.js';
import { stableJson as toJson } from '../helpers/json.js';

// The compiled worker entry (test/setup/build-cli.ts builds build/ before the tests).
const entry = fileURLToPath(new URL('../../build/workers/node.js', import.meta.url));

function nodeWorker(): WorkerHandle {
  const worker = new Worker(entry);
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    listen: (handler) => worker.on('message', handler),
    terminate: () => void worker.terminate(),
  };
}

const pool = createPool([nodeWorker(), nodeWorker()]);
afterAll(() => pool.close());

function scenario(seed: number) {
  const p = loadDefault();
  p.run = { seed, years: 1, warmupWeeks: 20 };
  return p;
}

describe('createPool over Node worker_threads', () => {
  it('pool.run gives the same bytes as runScenario in this process, whichever worker ran it', async () => {
    const seeds = [1, 2, 3];
    const results = await Promise.all(seeds.map((seed) => pool.run({ scenario: scenario(seed), options: {} })));
    results.forEach((result, i) => expect(toJson(result)).toBe(toJson(runScenario(scenario(seeds[i])))));
  });

  it('progress messages stream every row of the series exactly once, in order', async () => {
    const chunks: { from: number; rows: Partial<Series> }[] = [];
    const result = await pool.run({ scenario: scenario(4), options: { streamEveryWeeks: 10 }, onProgress: (p) => chunks.push(p) });
    expect(chunks.length).toBeGreaterThan(3);
    const streamed: number[] = [];
    for (const chunk of chunks) {
      expect(chunk.from).toBe(streamed.length);
      streamed.push(...Array.from(chunk.rows.openCases as Float64Array));
    }
    expect(streamed).toEqual(Array.from(result.series.openCases));
  });

  it('an aborted run rejects with CancelledError and the pool goes on serving', async () => {
    const controller = new AbortController();
    const long = scenario(5);
    long.run.years = 20;
    const cancelled = pool.run({ scenario: long, options: {}, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
    const after = await pool.run({ scenario: scenario(6), options: {} });
    expect(after.weeks).toBe(52);
  });

  it('an engine error comes back as a rejected run with its message', async () => {
    const bad = scenario(7);
    (bad.allocation as { policy: string }).policy = 'nonsense';
    await expect(pool.run({ scenario: bad, options: {} })).rejects.toThrow(/allocation\.policy/);
  });
});
