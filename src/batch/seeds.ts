/**
 * Run seeds: a small pure hash (MurmurHash3's 32-bit mixing) of (base seed, design point, replication).
 * A run's seed depends on nothing else — not on the shard, the thread or the order runs finish in — so
 * one process, N threads and N machines give the same bytes. Pinned by test/batch/seeds.test.ts:
 * changing this function changes every published sweep.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
/** "HAND": keeps these seeds apart from other uses of the same hash. */
const DOMAIN = 0x48414e44;

function mixIn(h: number, k: number): number {
  let x = Math.imul(k, C1);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, C2);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

function finalMix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A whole number in 0…2³²−1 (the range of run.seed) for replication `replication` of design point `point`. */
export function runSeed(baseSeed: number, point: number, replication: number): number {
  let h = DOMAIN;
  for (const k of [baseSeed >>> 0, point >>> 0, replication >>> 0]) h = mixIn(h, k);
  return finalMix(h ^ 12);
}
