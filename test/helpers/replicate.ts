/**
 * Runs that take long together (dozens of replications in one test) are spread over turns of the event
 * loop: a test worker blocked for over a minute misses vitest's RPC deadline and the run ends with
 * "Timeout calling onTaskUpdate" though every test passed (seen under heavy load).
 */
export async function eachSeed<T>(seeds: readonly number[], run: (seed: number) => T): Promise<T[]> {
  const out: T[] = [];
  for (const seed of seeds) {
    out.push(run(seed));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return out;
}
