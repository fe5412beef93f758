import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTenureWeeks, propensityAfter, shareEarly, tenureShape, type TenureShape } from '../../src/state/initialTenure.js';
import { createStream, gamma } from '../../src/state/rng.js';
import { describe as summarise } from '../../src/batch/stats.js';

/** Share of starters still in post after a weeks, by the closed forms (not the module's table). */
function stillInPost(shape: TenureShape, a: number): number {
  const H = shape.early * Math.min(a, shape.earlyWeeks) + shape.late * Math.max(0, a - shape.earlyWeeks);
  return shape.spread > 1e-6 ? Math.pow(1 + shape.spread * H, -1 / shape.spread) : Math.exp(-H);
}

/** Mean completed tenure in weeks, integrated independently (quarter weeks, midpoints). */
function meanCompleted(shape: TenureShape): number {
  let sum = 0;
  for (let a = 0.125; a < shape.maxWeeks; a += 0.25) sum += stillInPost(shape, a) * 0.25;
  return sum;
}

describe('initial tenures', () => {
  it('chooses hazards whose steady-state turnover is the given annual rate, the early one m times the later', () => {
    fc.assert(fc.property(fc.double({ min: 0.05, max: 0.8, noNaN: true }), fc.double({ min: 1, max: 4, noNaN: true }), fc.integer({ min: 0, max: 260 }), fc.double({ min: 0, max: 1.5, noNaN: true }),
      (rate, m, earlyWeeks, spread) => {
        const shape = tenureShape(rate, m, earlyWeeks, spread, 40 * 52);
        expect(52 / meanCompleted(shape)).toBeCloseTo(rate, 3);
        expect(shape.early / shape.late).toBeCloseTo(m, 9);
        expect(shareEarly(shape)).toBeGreaterThanOrEqual(0);
        expect(shareEarly(shape)).toBeLessThanOrEqual(1);
      }), { numRuns: 40 });
  });

  it('without a spread of propensities, matches the closed form of the two-hazard model', () => {
    const shape = tenureShape(0.159, 1.5, 104, 0, 200 * 52);
    const stay = Math.exp(-shape.early * 104);
    const closedMean = (1 - stay) / shape.early + stay / shape.late;
    expect(52 / closedMean).toBeCloseTo(0.159, 4);
    expect(shareEarly(shape)).toBeCloseTo((1 - stay) / shape.early / closedMean, 4);
  });

  it('draws tenures with the stationary shape: share in the first years, mean served so far, none past the longest career', () => {
    // 15.9% turnover, 1.5× in the first two years, propensity spread 0.8, 40-year careers (scenarios/default.json).
    const shape = tenureShape(0.159, 1.5, 104, 0.8, 40 * 52);
    const rng = createStream('tenure');
    const n = 200_000;
    let early = 0;
    let sum = 0;
    let longest = 0;
    for (let i = 0; i < n; i++) {
      const t = drawTenureWeeks(rng, shape);
      expect(t).toBeGreaterThanOrEqual(0);
      if (t < 104) early++;
      sum += t;
      longest = Math.max(longest, t);
    }
    expect(early / n).toBeCloseTo(shareEarly(shape), 2);
    expect(longest).toBeLessThanOrEqual(40 * 52);
    // Stationary age: E[a] = ∫ a S(a) da / ∫ S(a) da.
    let num = 0;
    let den = 0;
    for (let a = 0.125; a < shape.maxWeeks; a += 0.25) {
      num += a * stillInPost(shape, a);
      den += stillInPost(shape, a);
    }
    expect(sum / n).toBeCloseTo(num / den, -0.5); // within ±1.6 weeks
    // Movers and stayers: under a third of staff in post are in their first two years …
    expect(shareEarly(shape)).toBeGreaterThan(0.2);
    expect(shareEarly(shape)).toBeLessThan(0.35);
    // … yet about 70% of starters leave within five years (the published share of leavers).
    expect(1 - stillInPost(shape, 5 * 52)).toBeGreaterThan(0.65);
  });

  it('the longer a worker has stayed, the lower her propensity to leave; new starters average 1', () => {
    const shape = tenureShape(0.159, 1.5, 104, 0.8, 40 * 52);
    const rng = createStream('propensity');
    const mean = (weeks: number): number => {
      let sum = 0;
      for (let i = 0; i < 20_000; i++) sum += propensityAfter(rng, shape, weeks);
      return sum / 20_000;
    };
    const atStart = mean(0);
    const afterFive = mean(5 * 52);
    const afterTwenty = mean(20 * 52);
    expect(atStart).toBeCloseTo(1, 1);
    expect(afterFive).toBeLessThan(atStart * 0.8);
    expect(afterTwenty).toBeLessThan(afterFive);
    expect(propensityAfter(rng, tenureShape(0.159, 1.5, 104, 0, 40 * 52), 500)).toBe(1);
  });

  it('gamma draws have the mean and variance of their shape', () => {
    fc.assert(fc.property(fc.double({ min: 0.3, max: 8, noNaN: true }), fc.integer({ min: 1, max: 1000 }), (k, seed) => {
      const rng = createStream(`gamma:${seed}`);
      const draws = Array.from({ length: 20_000 }, () => gamma(rng, k));
      expect(Math.min(...draws)).toBeGreaterThan(0);
      const { mean, sd } = summarise(draws);
      expect(Math.abs(mean - k)).toBeLessThan(0.1 * k + 0.05);
      expect(Math.abs(sd * sd - k)).toBeLessThan(0.2 * k + 0.1);
    }), { numRuns: 10 });
  });
});
