import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { drawTenureWeeks, tenureShape } from '../../src/engine/initialTenure.js';

/** Mean completed tenure (weeks) of a worker facing the shape's hazards from her first week. */
function meanCompleted(shape: ReturnType<typeof tenureShape>): number {
  const stay = Math.exp(-shape.early * shape.earlyWeeks);
  return (1 - stay) / shape.early + stay / shape.late;
}

describe('initial tenures', () => {
  it('chooses hazards whose steady-state turnover is the given annual rate, the early one m times the later', () => {
    fc.assert(fc.property(fc.double({ min: 0.03, max: 0.8, noNaN: true }), fc.double({ min: 1, max: 4, noNaN: true }), fc.integer({ min: 0, max: 260 }),
      (rate, m, earlyWeeks) => {
        const shape = tenureShape(rate, m, earlyWeeks);
        expect(52 / meanCompleted(shape)).toBeCloseTo(rate, 6);
        expect(shape.early / shape.late).toBeCloseTo(m, 9);
        expect(shape.shareEarly).toBeGreaterThanOrEqual(0);
        expect(shape.shareEarly).toBeLessThanOrEqual(1);
      }));
  });

  it('draws tenures with the stationary shape: share in the first years and mean served so far', () => {
    // 15.9% turnover, 1.5× in the first two years (scenarios/default.json).
    const shape = tenureShape(0.159, 1.5, 104);
    const rng = seedrandom.alea('tenure');
    const n = 200_000;
    let early = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const t = drawTenureWeeks(rng, shape);
      expect(t).toBeGreaterThanOrEqual(0);
      if (t < 104) early++;
      sum += t;
    }
    expect(early / n).toBeCloseTo(shape.shareEarly, 2);
    // Stationary age: E[a] = ∫ a S(a) da / ∫ S(a) da, integrated numerically week by week.
    let num = 0;
    let den = 0;
    for (let a = 0; a < 52 * 200; a += 0.25) {
      const s = a < 104 ? Math.exp(-shape.early * a) : Math.exp(-shape.early * 104 - shape.late * (a - 104));
      num += a * s;
      den += s;
    }
    expect(sum / n).toBeCloseTo(num / den, -0.5); // within ±1.6 weeks of about 300
    // A workforce turning over 15.9% a year is mostly not new: about a quarter in their first two years.
    expect(shape.shareEarly).toBeGreaterThan(0.2);
    expect(shape.shareEarly).toBeLessThan(0.35);
  });
});
