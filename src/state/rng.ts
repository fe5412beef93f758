/**
 * Seeded random streams. Each mechanism draws from its own stream, seeded from (run seed, mechanism
 * name), so switching one policy on never reshuffles the draws of unrelated mechanisms (STYLE.md).
 * Alea is seedrandom's fastest generator with good statistical quality for simulation.
 *
 * A stream is drawn from with `next(rng)`, one function over the stream's state, not by calling a
 * closure of its own: V8 ties an optimised call to the function object it met, and each run's streams
 * are new objects, so every call site that had met one run's closure was thrown away when the next
 * run's arrived (each engine worker's second run, the browser's first click; docs/performance.md,
 * "The random streams drawn through one function"). A stream can still be called, `rng()`, for the
 * same draw.
 */
import seedrandom from 'seedrandom';
import { rememberLast } from './rememberLast.js';

export interface Rng {
  /** Uniform in [0, 1): the same draw as `next(rng)`. */
  (): number;
  /** Alea's state: s0, s1, s2 and the carry c, as seedrandom keeps them. */
  readonly state: Float64Array;
}

export const STREAM_NAMES = [
  'initial',
  'referrals',
  'assessment',
  'casework',
  'escalation',
  'reReferral',
  'turnover',
  'absence',
  'moves',
  'recruitment',
  'agency',
  'interventions',
  'workload',
  'structure',
  'requests',
  'age',
] as const;
export type StreamName = (typeof STREAM_NAMES)[number];
export type Streams = Record<StreamName, Rng>;

export function createStreams(seed: number): Streams {
  const streams = {} as Streams;
  for (const name of STREAM_NAMES) streams[name] = createStream(`handover:${seed}:${name}`);
  return streams;
}

/** The stream seedrandom.alea(key) gives, draw for draw (seeded by seedrandom's own hash of the key). */
export function createStream(key: string): Rng {
  const { s0, s1, s2, c } = seedrandom.alea(key, { state: true }).state();
  const state = Float64Array.of(s0, s1, s2, c);
  return Object.assign(() => step(state), { state });
}

/** Alea's step (seedrandom/lib/alea.js, the same arithmetic), on state [s0, s1, s2, c]. */
function step(a: Float64Array): number {
  const t = 2091639 * a[0] + a[3] * 2.3283064365386963e-10; // 2^-32
  a[0] = a[1];
  a[1] = a[2];
  const c = t | 0;
  a[3] = c;
  return (a[2] = t - c);
}

/** Uniform in [0, 1), the stream's next draw. */
export function next(rng: Rng): number {
  return step(rng.state);
}

export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * next(rng);
}

/** Integer in [min, max], both inclusive. */
export function uniformInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor((max - min + 1) * next(rng));
}

/** Exponential with mean 1: the threshold of an accumulated hazard (inverse-transform sampling). */
export function exponential1(rng: Rng): number {
  return -Math.log(1 - next(rng));
}

/** Standard normal (Box–Muller, one value per call so the stream's use does not depend on parity). */
export function standardNormal(rng: Rng): number {
  const u = 1 - next(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next(rng));
}

/**
 * Gamma with the given shape and scale 1 (Marsaglia & Tsang 2000, "A simple method for generating gamma
 * variables"); shapes below 1 through Gamma(k) = Gamma(k + 1) · U^(1/k).
 */
export function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(1 - next(rng), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - next(rng);
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** log(1 − p), kept for the few weekly chances the geometric draws use. */
const logOfComplement = rememberLast((p) => Math.log(1 - p), 8);

/** Weeks until an event with a constant weekly probability p happens (≥ 1), or Infinity when p = 0. */
export function geometricWeeks(rng: Rng, p: number): number {
  if (p <= 0) return 1 / 0; // not the global `Infinity`, which V8 reads boxed (see loadKey)
  if (p >= 1) return 1;
  return 1 + Math.floor(Math.log(1 - next(rng)) / logOfComplement(p));
}

/**
 * Poisson draw. Inversion for small means; for large means (a whole region's weekly referrals)
 * Hörmann's PTRS transformed rejection, which stays O(1) and exact.
 */
export function poisson(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < 30) {
    let k = 0;
    let p = Math.exp(-mean);
    let s = p;
    const u = next(rng);
    while (u > s && k < 1000) {
      k++;
      p *= mean / k;
      s += p;
    }
    return k;
  }
  const slam = Math.sqrt(mean);
  const loglam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = next(rng) - 0.5;
    const v = next(rng);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logFactorial(k)) return k;
  }
}

function logFactorial(k: number): number {
  if (k < 2) return 0;
  // Stirling series: exact to double precision for the k ≥ 10 values PTRS reaches.
  if (k < 10) {
    let s = 0;
    for (let i = 2; i <= k; i++) s += Math.log(i);
    return s;
  }
  const k1 = k + 1;
  return (k1 - 0.5) * Math.log(k1) - k1 + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * k1) - 1 / (360 * k1 * k1 * k1);
}
