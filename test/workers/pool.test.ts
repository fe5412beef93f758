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

  it('with streamEveryMs the rows come after the first chunk of weeks, then no sooner than asked, and at the end; every row once', async () => {
    const chunks: { from: number; rows: Partial<Series> }[] = [];
    const result = await pool.run({ scenario: scenario(4), options: { streamEveryMs: 1e9 }, onProgress: (p) => chunks.push(p) });
    expect(chunks.map((c) => [c.from, c.rows.openCases?.length])).toEqual([[0, 13], [13, 39]]);
    const streamed = chunks.flatMap((c) => Array.from(c.rows.openCases as Float64Array));
    expect(streamed).toEqual(Array.from(result.series.openCases));
  });

  it('a run asking for rows less often than its length (as batches do) sends no progress, only its result', async () => {
    let progress = 0;
    const result = await pool.run({ scenario: scenario(4), options: { streamEveryWeeks: 53 }, onProgress: () => progress++ });
    expect(progress).toBe(0);
    expect(toJson(result)).toBe(toJson(runScenario(scenario(4))));
    await pool.run({ scenario: scenario(4), options: { streamEveryWeeks: 52 }, onProgress: () => progress++ });
    expect(progress).toBe(1);
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

/** A worker stand-in that answers each run after `delay` ms unless it has been made to fail. */
function fakeWorker(delay = 5): WorkerHandle & { crash(message: string): void; terminated: boolean } {
  let listener: ((message: unknown) => void) | undefined;
  let failure: ((error: Error) => void) | undefined;
  const fake = {
    terminated: false,
    post(message: unknown) {
      const m = message as { type: string; id: number };
      if (m.type !== 'run') return;
      setTimeout(() => {
        if (!fake.terminated) listener?.({ type: 'result', id: m.id, result: { seed: m.id, series: new Float64Array(0) } });
      }, delay);
    },
    listen(handler: (message: unknown) => void) {
      listener = handler;
    },
    terminate() {
      fake.terminated = true;
    },
    onFailure(handler: (error: Error) => void) {
      failure = handler;
    },
    crash(message: string) {
      failure?.(new Error(message));
    },
  };
  return fake;
}

describe('createPool when a worker dies', () => {
  it('fails the run it was doing with the reason, drops the worker, and the others carry on with the queue', async () => {
    const a = fakeWorker(50);
    const b = fakeWorker(5);
    const p = createPool([a, b]);
    const runs = [1, 2, 3, 4].map((seed) => p.run({ scenario: scenario(seed), options: {} }).then(
      (r) => `ok ${r.seed}`,
      (e: Error) => `failed: ${e.message}`,
    ));
    a.crash('out of memory');
    expect(a.terminated).toBe(true);
    const outcomes = await Promise.all(runs);
    expect(outcomes[0]).toBe('failed: an engine worker stopped (out of memory); its run did not finish');
    expect(outcomes.slice(1).every((o) => o.startsWith('ok'))).toBe(true);
    p.close();
  });

  it('when the last worker dies, queued and later runs fail instead of waiting for ever', async () => {
    const only = fakeWorker(50);
    const p = createPool([only]);
    const first = p.run({ scenario: scenario(1), options: {} }).catch((e: Error) => e.message);
    const queued = p.run({ scenario: scenario(2), options: {} }).catch((e: Error) => e.message);
    only.crash('killed');
    await expect(first).resolves.toMatch(/stopped \(killed\)/);
    await expect(queued).resolves.toMatch(/stopped \(killed\)/);
    await expect(p.run({ scenario: scenario(3), options: {} })).rejects.toThrow('no engine worker is left');
  });

  it('a real worker thread that exits with an error code is reported as a failure, but closing the pool is not', async () => {
    const { nodeWorker } = await import('../../src/node/enginePool.js');
    const handle = nodeWorker(new URL('data:text/javascript,process.exit(3)'));
    const failures: string[] = [];
    handle.onFailure?.((e) => failures.push(e.message));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(failures).toEqual(['the worker exited with code 3']);
    const healthy = nodeWorker(new URL(`file://${entry}`));
    const none: string[] = [];
    healthy.onFailure?.((e) => none.push(e.message));
    healthy.terminate();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(none).toEqual([]);
  });

  it('createNodePool (the one Node pool of sweep, sensitivity and calibrate) fails the run of a worker that dies and reports it through onCrash', async () => {
    const { createNodePool } = await import('../../src/node/enginePool.js');
    const crashes: string[] = [];
    const p = createNodePool(1, { entry: new URL('data:text/javascript,process.exit(3)'), onCrash: (e) => crashes.push(e.message) });
    await expect(p.run({ scenario: scenario(1), options: {} })).rejects.toThrow(/stopped \(the worker exited with code 3\)|no engine worker is left/);
    expect(crashes).toEqual(['the worker exited with code 3']);
    p.close();
  });
});
