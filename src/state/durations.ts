/**
 * Draws plan durations (weeks of work) from the histograms in the scenario: pick a bin by its share,
 * then a uniform value inside it. Also the length-biased version used to seed the initial caseload,
 * because the cases open on any given day over-represent long plans.
 */
import type { DurationBin } from '../scenario/types.js';
import { next, type Rng } from './rng.js';

export interface DurationSampler {
  lower: Float64Array;
  upper: Float64Array;
  cumulative: Float64Array;
  lengthBiasedCumulative: Float64Array;
  mean: number;
}

export function durationSampler(bins: DurationBin[]): DurationSampler {
  const n = bins.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  const cumulative = new Float64Array(n);
  const lengthBiasedCumulative = new Float64Array(n);
  let total = 0;
  let mean = 0;
  for (let i = 0; i < n; i++) {
    lower[i] = i === 0 ? 0 : bins[i - 1].upToWeeks;
    upper[i] = bins[i].upToWeeks;
    total += bins[i].share;
    cumulative[i] = total;
    mean += bins[i].share * (lower[i] + upper[i]) / 2;
  }
  let biased = 0;
  for (let i = 0; i < n; i++) {
    biased += (bins[i].share * (lower[i] + upper[i])) / 2 / mean;
    lengthBiasedCumulative[i] = biased;
  }
  return { lower, upper, cumulative, lengthBiasedCumulative, mean };
}

function pick(cumulative: Float64Array, u: number): number {
  const last = cumulative.length - 1;
  const scaled = u * cumulative[last];
  for (let i = 0; i < last; i++) if (scaled < cumulative[i]) return i;
  return last;
}

/** A duration in weeks, at least half a week so that every plan takes some work. */
export function drawDuration(s: DurationSampler, rng: Rng): number {
  const i = pick(s.cumulative, next(rng));
  return Math.max(0.5, s.lower[i] + (s.upper[i] - s.lower[i]) * next(rng));
}

export function drawLengthBiasedDuration(s: DurationSampler, rng: Rng): number {
  const i = pick(s.lengthBiasedCumulative, next(rng));
  return Math.max(0.5, s.lower[i] + (s.upper[i] - s.lower[i]) * next(rng));
}
