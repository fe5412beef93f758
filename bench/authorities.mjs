// The national workload: every authority in scenarios/authorities (153), each for `replications`
// seeds of `years` reported years, on one engine pool of worker threads (one per core, as `handover
// sweep` uses), keeping each run's summary as a sweep does. Timed from reading the first scenario
// file to the last result, so resolving and validating the 153 scenarios and starting the pool are
// part of it. `node bench/authorities.mjs [replications] [years] [authorities]` prints one JSON line.
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createNodePool, poolRunner } from '../build/node/enginePool.js';
import { loadScenarioFile } from '../build/node/loadScenarioFile.js';
import { root } from './scenarios.mjs';

const [replicationsText, yearsText, limitText] = process.argv.slice(2);
const replications = Number(replicationsText ?? 10);
const years = Number(yearsText ?? 5);
const dir = join(root, 'scenarios', 'authorities');
const files = readdirSync(dir)
  .filter((f) => /^E\d+\.json$/.test(f))
  .sort()
  .slice(0, limitText ? Number(limitText) : undefined);

const t0 = performance.now();
// The workers start (each loads the engine) while this thread reads the scenarios, and each authority's
// runs are queued as soon as its file is read, as a batch command would.
const pool = createNodePool(availableParallelism());
try {
  const run = poolRunner(pool, years);
  const runs = [];
  for (const f of files) {
    const result = loadScenarioFile(join(dir, f));
    if (!result.scenario) throw new Error(`bench: ${f} is invalid: ${result.errors.map((e) => e.message).join('; ')}`);
    for (let seed = 1; seed <= replications; seed++) runs.push(run(result.scenario, seed));
  }
  const results = await Promise.all(runs);
  const ms = performance.now() - t0;
  if (results.some((r) => r.weeks !== years * 52)) throw new Error('bench: a run came back short');
  console.log(JSON.stringify({ ms, authorities: files.length, runs: results.length, years, workers: pool.size, peakMb: process.resourceUsage().maxRSS / 1024 }));
} finally {
  pool.close();
}
