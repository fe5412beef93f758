import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STREAM_NAMES, createStream, createStreams, exponential1, geometricWeeks, next, poisson, uniform, uniformInt } from '../../src/state/rng.js';

const draws = (rng: () => number, n: number): number[] => Array.from({ length: n }, () => rng());

function moments(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

describe('createStreams', () => {
  it('createStreams(seed) gives the same sequence for the same seed and stream name', () => {
    const a = createStreams(7);
    const b = createStreams(7);
    for (const name of STREAM_NAMES) expect(draws(a[name], 20)).toEqual(draws(b[name], 20));
  });

  it('createStreams(seed) gives a different sequence for each stream name and for each seed', () => {
    const a = createStreams(7);
    const firsts = STREAM_NAMES.map((name) => a[name]());
    expect(new Set(firsts).size).toBe(STREAM_NAMES.length);
    expect(draws(createStreams(7).referrals, 5)).not.toEqual(draws(createStreams(8).referrals, 5));
  });

  it('createStreams(1).referrals is Alea seeded with "handover:1:referrals" and its first values are pinned', () => {
    const rng = createStreams(1).referrals;
    expect(draws(rng, 5)).toEqual([0.16804995015263557, 0.7424537267070264, 0.49701015860773623, 0.8297864433843642, 0.17055759765207767]);
    expect(draws(seedrandom.alea('handover:1:referrals'), 5)).toEqual(draws(createStreams(1).referrals, 5));
  });

  it('createStream(key) draws what seedrandom.alea(key) draws, through next(rng) and rng() alike', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.boolean(), { minLength: 1, maxLength: 3000 }), (key, calls) => {
        const alea = seedrandom.alea(key);
        const rng = createStream(key);
        for (const viaNext of calls) expect(viaNext ? next(rng) : rng()).toBe(alea());
      }),
      { numRuns: 50 },
    );
  });

  it('next(rng) draws from the stream it is given: two streams of one seed and name keep their own places', () => {
    const a = createStreams(5).casework;
    const b = createStreams(5).casework;
    const first = next(a);
    expect(next(b)).toBe(first);
    expect(next(a)).toBe(next(b));
  });

  it('drawing from one stream never moves another', () => {
    const a = createStreams(3);
    const b = createStreams(3);
    draws(a.agency, 1000);
    expect(draws(a.referrals, 10)).toEqual(draws(b.referrals, 10));
  });
});

describe('poisson', () => {
  it('poisson(rng, 3) by inversion gives pinned values that match the Poisson CDF by hand', () => {
    // u = 0.168, 0.742, 0.497, 0.830, 0.171 against F(0..5) = .050 .199 .423 .647 .815 .916
    expect(Array.from({ length: 5 }, ((rng) => () => poisson(rng, 3))(createStreams(1).referrals))).toEqual([1, 4, 3, 5, 1]);
  });

  it('poisson is deterministic for large means (PTRS) and pins its first values', () => {
    const rng = createStreams(1).referrals;
    for (let i = 0; i < 6; i++) poisson(rng, 3);
    expect(Array.from({ length: 6 }, () => poisson(rng, 62.4))).toEqual([60, 60, 61, 75, 51, 50]);
  });

  it('poisson returns 0 for a zero, negative or NaN mean without drawing', () => {
    const rng = createStreams(1).referrals;
    expect([poisson(rng, 0), poisson(rng, -2), poisson(rng, NaN)]).toEqual([0, 0, 0]);
    expect(rng()).toBe(0.16804995015263557);
  });

  it.each([0.3, 3, 29.9, 30, 62.4, 500, 5000])('poisson(rng, %d) has mean and variance equal to the mean', (mean) => {
    const rng = createStreams(11).referrals;
    const n = 40_000;
    const xs = Array.from({ length: n }, () => poisson(rng, mean));
    const m = moments(xs);
    expect(Math.abs(m.mean - mean)).toBeLessThan(4.5 * Math.sqrt(mean / n));
    expect(Math.abs(m.variance / mean - 1)).toBeLessThan(0.05);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
  });

  it('poisson(rng, 35) by PTRS matches the Poisson probabilities around the mode', () => {
    const rng = createStreams(5).referrals;
    const n = 200_000;
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const k = poisson(rng, 35);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    let logPmf = -35; // log P(0)
    for (let k = 1; k <= 45; k++) {
      logPmf += Math.log(35 / k);
      if (k < 25) continue;
      const p = Math.exp(logPmf);
      const observed = (counts.get(k) ?? 0) / n;
      expect(Math.abs(observed - p)).toBeLessThan(4.5 * Math.sqrt((p * (1 - p)) / n));
    }
  });
});

describe('other draws', () => {
  it('uniformInt(rng, min, max) covers both ends and nothing outside', () => {
    const rng = createStreams(2).casework;
    const seen = new Set(Array.from({ length: 2000 }, () => uniformInt(rng, 2, 4)));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });

  it('uniform(rng, min, max) stays in [min, max)', () => {
    const rng = createStreams(2).casework;
    const xs = Array.from({ length: 2000 }, () => uniform(rng, 2, 4));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...xs)).toBeLessThan(4);
  });

  it('geometricWeeks(rng, p) is at least 1 with mean 1/p; Infinity for p = 0 and 1 for p = 1', () => {
    const rng = createStreams(2).moves;
    const xs = Array.from({ length: 40_000 }, () => geometricWeeks(rng, 0.05));
    expect(Math.min(...xs)).toBe(1);
    expect(moments(xs).mean).toBeCloseTo(20, 0);
    expect([geometricWeeks(rng, 0), geometricWeeks(rng, 1)]).toEqual([Infinity, 1]);
  });

  it('exponential1(rng) has mean 1 and is never negative', () => {
    const rng = createStreams(2).turnover;
    const xs = Array.from({ length: 40_000 }, () => exponential1(rng));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.abs(moments(xs).mean - 1)).toBeLessThan(0.03);
  });
});
