/**
 * Replication seeds, the one scheme of every place that runs a scenario more than once: the browser's
 * replications, `handover sweep`, `handover sensitivity`, `handover calibrate` and the authorities'
 * fits. Replication r of a run whose base seed is s runs with seed s + r (wrapping within 0…2³²−1, the
 * range of run.seed). So replication 0 is the single run of `handover run --seed s`, any one
 * replication is `handover run --seed s+r`, and a band seen in the browser is the sweep of the same
 * scenario with the same seed and replications. Nearby seeds give unrelated runs: each mechanism's
 * stream is seeded from the text `handover:<seed>:<mechanism>` (src/state/rng.ts), which Alea hashes.
 * A seed depends on nothing else — not on the design point, the shard, the thread or the order runs
 * finish in — so design points share their seeds (common random numbers: a difference between two
 * points is the parameters', not the luck of the draw), and one process, N threads and N machines give
 * the same bytes.
 */

const SEEDS = 2 ** 32;

/** The seed of replication `replication` (from 0) of a run with base seed `baseSeed`. */
export function replicationSeed(baseSeed: number, replication: number): number {
  return (baseSeed + replication) % SEEDS;
}

/** The seeds of replications 0…n−1. */
export function replicationSeeds(baseSeed: number, replications: number): number[] {
  return Array.from({ length: replications }, (_, r) => replicationSeed(baseSeed, r));
}
